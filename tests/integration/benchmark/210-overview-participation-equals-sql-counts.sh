# The organisers' overview (/beheer/overzicht/{year}) and its CSV
# (/beheer/overzicht/deelname.csv) give per year: invited (municipalities
# with at least one active account, made before the year ended), started
# (rounds of that year) and submitted (submitted rounds), equal to the
# counts in the database, for every year that has rounds. This test's
# year has 7 rounds, 2 of them drafts; a municipality gets its first
# account here, Rozendaal only a disabled one (which does not count).
Y=2058
bench_test_orgs
bench_year $Y
bench_rounds $Y GM0228,GM0202,GM0268,GM0200,GM0222,GM0289,GM9903
sql "UPDATE rounds r JOIN organisations o ON o.id = r.organisation_id SET r.status = 'draft',
	r.submitted_at = NULL, r.submitted_by = NULL WHERE r.year = $Y AND o.cbs_code IN ('GM0289', 'GM9903')"
bench_recompute $Y
bench_user n GM9903
email=$(unique disabled)@bench.example
new_user "$email" "Dirk Disabled" GM0277 member "$STACK_DEMO_PASSWORD"
admin_cli user disable "$email" >/dev/null 2>&1 || fail "cannot disable $email"
sign_in_as o organiser

sql "SELECT r.year, (SELECT COUNT(DISTINCT u.organisation_id) FROM users u JOIN organisations o
	ON o.id = u.organisation_id WHERE o.kind = 'gemeente' AND u.disabled_at IS NULL
	AND u.created_at < MAKEDATE(r.year + 1, 1)), COUNT(*), SUM(r.status = 'submitted') FROM rounds r
	GROUP BY r.year ORDER BY r.year DESC" | tr '\t' ' ' >"$TEST_TMP/want"
invited=$(sql "SELECT COUNT(DISTINCT u.organisation_id) FROM users u JOIN organisations o ON o.id = u.organisation_id
	WHERE o.kind = 'gemeente' AND u.disabled_at IS NULL")
grep -q "^$Y $invited 7 5$" "$TEST_TMP/want" || fail "the test's own counts: $(grep "^$Y " "$TEST_TMP/want")"

bench_page o "/beheer/overzicht/$Y"
assert_xpath /page/@name overview
assert_xpath /page/overview/@year $Y
python3 - "$TEST_TMP/body" >"$TEST_TMP/got" <<'PY'
import sys
from cimolt_test import xml_root
for y in xml_root(sys.argv[1]).findall("overview/participation/year"):
    print(y.get("value"), y.get("invited"), y.get("started"), y.get("submitted"))
PY
sort -r "$TEST_TMP/got" | join -j1 -v2 - <(sort -r "$TEST_TMP/want") >"$TEST_TMP/missing" || true
[ ! -s "$TEST_TMP/missing" ] || fail "years with rounds that the overview lacks: $(tr '\n' ';' <"$TEST_TMP/missing")"
while read -r y i s u; do
	w=$(grep "^$y " "$TEST_TMP/want" || echo "$y - 0 0")
	assert_eq "$y $i $s $u" "$w" "participation of $y (year invited started submitted)"
done <"$TEST_TMP/got"
echo "# $Y: $(grep "^$Y " "$TEST_TMP/got")"

http_as o GET /beheer/overzicht/deelname.csv
assert_status 200
assert_header Content-Type "text/csv; charset=utf-8"
python3 - "$TEST_TMP/body" >"$TEST_TMP/csv" <<'PY' || fail "deelname.csv is not a CSV of year;invited;started;submitted"
import sys
from cimolt_test import csv_rows
rows = csv_rows(sys.argv[1])
if len(rows) < 2 or len(rows[0]) != 4:
    sys.exit(1)
for r in rows[1:]:
    if r:
        print(" ".join(r))
PY
while read -r y i s u; do
	w=$(grep "^$y " "$TEST_TMP/want" || echo "$y - 0 0")
	assert_eq "$y $i $s $u" "$w" "deelname.csv, $y"
done <"$TEST_TMP/csv"
grep -q "^$Y " "$TEST_TMP/csv" || fail "deelname.csv has no row for $Y"
