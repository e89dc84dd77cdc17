# cimolt-admin advice import accepts the shipped schema/advice.xml: a copy
# of it under a version of this test's own prints "advice version V
# imported: N rules" (N the file's rules) and exits 0, stores the file
# and its rules in the file's order (with their tiers, bands or answers
# and both texts), and it then applies (the newest version); the same
# file again prints "advice version V was imported already", exits 0 and
# changes nothing. The shipped file itself imports (or was imported by
# the stack already).
V=9105
shipped=$STACK_ROOT/schema/advice.xml
[ -f "$shipped" ] || fail "no schema/advice.xml"
out=$(admin_cli advice import "$shipped" 2>&1) || fail "the shipped file: $out"
case $out in *" imported: "*" rules" | *" was imported already") ;; *) fail "the shipped file: '$out'" ;; esac

sed -E '0,/<advice /s/(<advice [^>]*version=")[0-9]+"/\1'$V'"/' "$shipped" >"$TEST_TMP/advice.xml"
grep -q "version=\"$V\"" "$TEST_TMP/advice.xml" || fail "cannot set the version of the copy"
python3 - "$TEST_TMP/advice.xml" >"$TEST_TMP/rules" <<'PY'
import sys
from cimolt_test import ADVICE, XL, xml_root
for r in xml_root(sys.argv[1]).findall(ADVICE + "rule"):
    w = r.find(ADVICE + "when")
    texts = {t.get(XL): " ".join((t.text or "").split()) for t in r.findall(ADVICE + "text")}
    band = w.get("scope") is not None
    print("\t".join([r.get("id"), r.get("tier"), w.get("scope") or "NULL",
        (w.get("key") or "") if band else "NULL",
        "%.3f" % float(w.get("from") or 0) if band else "NULL",
        "%.3f" % float(w.get("below")) if band and w.get("below") else "NULL",
        w.get("question") or "NULL", w.get("answer") or "NULL", texts["nl"], texts["en"]]))
PY
n=$(wc -l <"$TEST_TMP/rules")
[ "$n" -ge 5 ] || fail "the shipped file has only $n rules"
advice_forget $V
on_exit "advice_forget $V"
out=$(admin_cli advice import "$TEST_TMP/advice.xml" 2>&1) || fail "exit status $?: $out"
assert_eq "$out" "advice version $V imported: $n rules" "the output of the first import"
set_id=$(sql "SELECT id FROM advice_sets WHERE version = $V")
sum=$(sha256sum "$TEST_TMP/advice.xml" | cut -c1-64)
assert_eq "$(sql "SELECT checksum, SHA2(xml, 256) FROM advice_sets WHERE id = $set_id" | tr '\t' ' ')" "$sum $sum" \
	"the stored file's checksum and the SHA-256 of the stored file (that of the file)"
rules() {
	sql "SELECT rule_id, tier, IFNULL(scope, 'NULL'), IFNULL(scope_key, 'NULL'), IFNULL(band_from, 'NULL'),
		IFNULL(band_below, 'NULL'), IFNULL(question_id, 'NULL'), IFNULL(answer, 'NULL'),
		TRIM(REGEXP_REPLACE(text_nl, '[[:space:]]+', ' ')), TRIM(REGEXP_REPLACE(text_en, '[[:space:]]+', ' '))
		FROM advice_rules WHERE set_id = $set_id ORDER BY position"
}
diff <(rules) "$TEST_TMP/rules" >"$TEST_TMP/diff" || fail "the stored rules differ from the file: $(head -n 6 "$TEST_TMP/diff")"
table_digest advice_sets advice_rules advice_links >"$TEST_TMP/before"

out=$(admin_cli advice import "$TEST_TMP/advice.xml" 2>&1) || fail "second import: exit status $?: $out"
assert_eq "$out" "advice version $V was imported already" "the output of the second import"
table_digest advice_sets advice_rules advice_links >"$TEST_TMP/after"
diff -q "$TEST_TMP/before" "$TEST_TMP/after" >/dev/null || fail "the second import changed the advice tables"

# The newest version applies: Ede's demo 2025 round gets rules of set V
# only (its rule ids), as many as match.
sign_in_as m member
bench_page m /advies/2025
python3 - "$TEST_TMP/body" "$TEST_TMP/rules" <<'PY' || fail "the advice page does not use the newest set"
import sys
from cimolt_test import tsv, xml_root
ids = [r[0] for r in tsv(sys.argv[2])]
got = [i.get("rule") for i in xml_root(sys.argv[1]).findall("advice/item")]
bad = [g for g in got if g not in ids]
if bad:
    print("rules not in the file: %r" % bad)
sys.exit(1 if bad else 0)
PY
