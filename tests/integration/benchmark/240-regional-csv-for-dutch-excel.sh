# The regional export (/regio/{year}.csv) opens as it is in Dutch Excel
# (UTF-8 BOM, ';', CRLF, header, like programme/csv-export-for-dutch-excel)
# and holds the region's statistics per scope (n, minimum, quartiles,
# median, maximum as on the page) and the scores of the municipalities that opted in, and nothing
# of the others.
Y=2061
bench_year $Y
bench_rounds $Y GM0228,GM0202,GM0268,GM0200,GM0222,GM0289
bench_recompute $Y
for c in GM0228 GM0202 GM0268 GM0200 GM0222 GM0289; do
	case $c in GM0202) bench_show $c 1 ;; *) bench_show $c 0 ;; esac
done
sign_in_as r regional
bench_page r "/regio/$Y"
cp "$TEST_TMP/body" "$TEST_TMP/page.xml"
http_as r GET "/regio/$Y.csv"
bench_csv_rows
sql "SELECT s.scope, s.scope_key, s.score FROM scores s WHERE s.round_id = $(round_of GM0202 $Y) AND s.score IS NOT NULL" \
	>"$TEST_TMP/arnhem.tsv"
python3 - "$TEST_TMP/csv.json" "$TEST_TMP/page.xml" "$TEST_TMP/arnhem.tsv" <<'PY' || fail "the regional CSV differs from the page"
import json, sys
from cimolt_test import Problems, dutch_number as num, tsv, xml_root
rows = json.load(open(sys.argv[1], encoding="utf-8"))
fields = [f for r in rows for f in r]
nums = [num(f) for f in fields if num(f) is not None]
bad = Problems()
page = xml_root(sys.argv[2]).find("region")
for s in page.findall("stat"):
    for a in ("min", "q1", "median", "q3", "max"):
        if s.get(a) is not None and not any(abs(x - float(s.get(a))) < 1e-6 for x in nums):
            bad.add("stat %s %s %s=%s not in the CSV" % (s.get("scope"), s.get("key"), a, s.get(a)))
arnhem = [r for r in rows if "Arnhem" in r]
if not arnhem:
    bad.add("no row names Arnhem")
av = [num(f) for r in arnhem for f in r if num(f) is not None]
for scope, key, v in tsv(sys.argv[3]):
    if not any(abs(x - float(v)) <= 0.05 + 1e-9 for x in av):
        bad.add("Arnhem's %s %s score %.1f not in its rows" % (scope, key, float(v)))
for n in ("Ede", "Nijmegen", "Apeldoorn", "Doetinchem", "Wageningen"):
    if any(n in f for f in fields):
        bad.add("names %s" % n)
bad.exit(10)
PY
echo "# regional CSV header: $(python3 -m cimolt_test csv-header "$TEST_TMP/csv.json")"
