# cimolt-admin questionnaire import loads a valid questionnaire: it says
# what it loaded (exit 0), and the questionnaires row holds the year, the
# version, the file byte for byte (same SHA-256 and length) and its SHA-256; an audit row names the file.
# The same file again is "imported already" (exit 0) and adds nothing.
# The shipped 2026 questionnaire, which the stack imported at start, is
# stored byte for byte. A copy for 2031, a year of this test, is loaded.
own_year 2031
file=$(qn_copy 2031)

# The shipped file: imported when the stack started.
ship=$STACK_ROOT/schema/questionnaire-2026.xml
sum=$(sha256sum <"$ship" | cut -c1-64)
assert_eq "$(sql "SELECT version, checksum, SHA2(xml, 256), LENGTH(xml)
	FROM questionnaires WHERE year = 2026" | tr '\t' ' ')" "1 $sum $sum $(wc -c <"$ship")" \
	"the 2026 row (version, checksum, SHA-256 and length of the stored xml)"
out=$(admin_cli questionnaire import "$ship" 2>&1) rc=$?
id26=$(sql "SELECT id FROM questionnaires WHERE year = 2026")
assert_eq "$rc: $out" "0: questionnaire 2026 version 1 was imported already (id $id26)" \
	"importing the shipped file again"

before=$(sql "SELECT COUNT(*) FROM questionnaires")
out=$(admin_cli questionnaire import "$file" 2>"$TEST_TMP/err") rc=$?
id=$(sql "SELECT id FROM questionnaires WHERE year = 2031")
[ -n "$id" ] || fail "no questionnaires row for 2031 after: $out $(cat "$TEST_TMP/err")"
assert_eq "$rc: $out" "0: questionnaire 2031 version 1 imported (id $id): 11 sections, 64 questions" \
	"cimolt-admin questionnaire import (exit status: output)"
assert_eq "$(cat "$TEST_TMP/err")" "" "what the import wrote on stderr"
assert_eq "$(sql "SELECT COUNT(*) FROM questionnaires")" "$((before + 1))" "questionnaires rows"
assert_eq "$(sql "SELECT year, version, checksum, imported_at <= UTC_TIMESTAMP(),
	imported_at > UTC_TIMESTAMP() - INTERVAL 1 MINUTE FROM questionnaires WHERE id = $id" | tr '\t' ' ')" \
	"2031 1 $(sha256sum <"$file" | cut -c1-64) 1 1" "the row (year version checksum, imported now)"
assert_eq "$(sql "SELECT SHA2(xml, 256), LENGTH(xml) FROM questionnaires WHERE id = $id" | tr '\t' ' ')" \
	"$(sha256sum <"$file" | cut -c1-64) $(wc -c <"$file")" "the stored xml (SHA-256, length): the file's"
assert_eq "$(sql "SELECT IFNULL(actor_user_id, 'NULL'), action, subject_type, detail
	FROM audit_log WHERE subject_type = 'questionnaire' AND subject_id = $id" | tr '\t' ' ')" \
	"NULL questionnaire.imported questionnaire $file" "the audit row"

# Again: imported already, nothing added.
out=$(admin_cli questionnaire import "$file" 2>&1) rc=$?
assert_eq "$rc: $out" "0: questionnaire 2031 version 1 was imported already (id $id)" "the second import"
assert_eq "$(sql "SELECT COUNT(*) FROM questionnaires")" "$((before + 1))" "questionnaires rows after the second import"
assert_eq "$(sql "SELECT COUNT(*) FROM audit_log WHERE subject_type = 'questionnaire' AND subject_id = $id")" 1 \
	"audit rows of the questionnaire after the second import"

# The year is offered to municipalities: /monitor lists it, not started.
sign_in_as m member
http_as m GET "/monitor?format=xml"
assert_status 200
assert_xpath "/page/rounds/round[@year='2031']/@status" none
assert_xpath "/page/rounds/round[@year='2031']/@total" 64
assert_xpath "count(/page/rounds/round[@year='2031']/section)" 11
