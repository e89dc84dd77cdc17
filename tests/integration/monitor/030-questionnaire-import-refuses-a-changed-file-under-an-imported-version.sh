# An imported questionnaire version is fixed: importing a file with other
# content under the same year and version (one wording changed) is
# refused, with the file's name and what to do (raise version=), exit 1,
# and the stored questionnaire stays as it was; no audit row. The year
# 2031 is this test's.
own_year 2031
file=$(qn_copy 2031)
admin_cli questionnaire import "$file" >/dev/null 2>&1 || fail "cannot import $file"
stored=$(sql "SELECT id, checksum, SHA2(xml, 256), imported_at FROM questionnaires WHERE year = 2031")
audit=$(sql "SELECT COUNT(*) FROM audit_log")

changed=$TEST_TMP/changed.xml
sed 's|Monitor circulair inkopen 2026</title>|Monitor circulair inkopen 2031</title>|' "$file" >"$changed"
cmp -s "$file" "$changed" && fail "the sed expression changed nothing"
out=$(admin_cli questionnaire import "$changed" 2>"$TEST_TMP/err") rc=$?
assert_eq "$rc" 1 "exit status of importing the changed file"
assert_eq "$out" "" "what the refused import wrote on stdout"
assert_eq "$(cat "$TEST_TMP/err")" \
	"$changed: 2031 version 1 was imported with other content: an edited questionnaire is a new version (raise version=)" \
	"what the refused import wrote on stderr"
assert_eq "$(sql "SELECT id, checksum, SHA2(xml, 256), imported_at FROM questionnaires WHERE year = 2031")" \
	"$stored" "the 2031 row (id, checksum, SHA-256 of the xml, imported_at)"
assert_eq "$(sql "SELECT SHA2(xml, 256) FROM questionnaires WHERE year = 2031")" \
	"$(sha256sum <"$file" | cut -c1-64)" "SHA-256 of the stored xml: the first file's"
assert_eq "$(sql "SELECT COUNT(*) FROM audit_log")" "$audit" "audit rows"
