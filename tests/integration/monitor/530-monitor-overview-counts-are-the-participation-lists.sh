# The organisers' overview (/beheer/overzicht/{year}) and its CSV
# (/beheer/overzicht/deelname.csv) count participation per year as the
# participation list of that year (/beheer/deelname/{year}) counts it,
# by the one definition the list states: no account, not started, in
# progress, submitted, and all municipalities, for every year with
# rounds. Here Ede has a draft for 2026, Zutphen an account only, and a
# municipality made here nobody who can sign in; the overview's 2026 row
# must equal the list's counts, which must add up to the municipalities.
fresh_round GM0228 2026
sign_in_as c coordinator
monitor_save c 2026 s-beleid s-beleid-1=3
sql "INSERT INTO organisations (kind, name, cbs_code, province_id, size_class)
	SELECT 'gemeente', 'Testdorp Telling', 'GM9953', province_id, '<20k' FROM organisations
	WHERE cbs_code = 'GM0228'" || fail "cannot add a municipality"
on_exit "sql \"DELETE FROM organisations WHERE cbs_code = 'GM9953'\""
sign_in_as o organiser

counts_of_list() {
	http_as o GET "/beheer/deelname/$1?format=xml"
	assert_status 200
	echo "$1 $(xpath '/page/counts/@no-account') $(xpath '/page/counts/@not-started') $(xpath '/page/counts/@in-progress') $(xpath '/page/counts/@submitted') $(xpath '/page/counts/@total')"
}
years=$(sql "SELECT DISTINCT year FROM rounds WHERE year IN (SELECT year FROM questionnaires) ORDER BY year DESC")
[ -n "$years" ] || fail "no year with rounds"
for y in $years; do counts_of_list "$y"; done >"$TEST_TMP/want"
municipalities=$(sql "SELECT COUNT(*) FROM organisations WHERE kind = 'gemeente'")
while read -r y a b c d t; do
	[ "$t" = "$municipalities" ] && [ $((a + b + c + d)) = "$t" ] ||
		fail "the list of $y does not add up to the $municipalities municipalities: $a $b $c $d $t"
done <"$TEST_TMP/want"
grep -q '^2026 [0-9]* [0-9]* [1-9]' "$TEST_TMP/want" || fail "no round in progress in 2026: $(grep '^2026' "$TEST_TMP/want")"

http_as o GET "/beheer/overzicht/2026?format=xml"
assert_status 200
python3 - "$TEST_TMP/body" >"$TEST_TMP/got" <<'PY'
import sys
from cimolt_test import xml_root
for y in xml_root(sys.argv[1]).findall("overview/participation/year"):
    print(y.get("value"), *(y.get(k) for k in ("no-account", "not-started", "in-progress", "submitted", "total")))
PY
assert_eq "$(grep -E "^($(echo $years | tr ' ' '|')) " "$TEST_TMP/got")" "$(cat "$TEST_TMP/want")" "the overview's counts against the lists'"
http_as o GET "/beheer/overzicht/2026?lang=nl"
assert_html_page 200
assert_body_has "Elke gemeente telt precies één keer"
assert_body_has 'href="/beheer/deelname/2026"'

http_as o GET /beheer/overzicht/deelname.csv
assert_status 200
assert_header Content-Type "text/csv; charset=utf-8"
assert_eq "$(head -n 1 "$TEST_TMP/body")" $'\xef\xbb\xbfjaar;geen account;niet begonnen;bezig;ingediend;totaal\r' "the CSV's header"
assert_eq "$(tail -n +2 "$TEST_TMP/body" | tr -d '\r' | tr ';' ' ' | grep -E "^($(echo $years | tr ' ' '|')) ")" \
	"$(cat "$TEST_TMP/want")" "the CSV's counts against the lists'"
