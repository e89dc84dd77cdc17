# The organisers' CSV exports open as they are in Dutch Excel (UTF-8 BOM,
# ';', CRLF, header row, formulas defused, like
# programme/csv-export-for-dutch-excel) and hold what the database holds:
# deelname.csv (see monitor/monitor-overview-counts-are-the-participation-lists),
# {year}/scores.csv with
# every scope's score of every submitted municipality of the year (and no
# draft), and advies.csv with every advice request, its question quoted
# where it holds ';', '"' or a line break, and a leading '=' defused.
Y=2060
bench_year $Y
bench_rounds $Y GM0228,GM0202,GM0268,GM0200,GM0222,GM0289
sql "UPDATE rounds r JOIN organisations o ON o.id = r.organisation_id SET r.status = 'draft',
	r.submitted_at = NULL, r.submitted_by = NULL WHERE r.year = $Y AND o.cbs_code = 'GM0289'"
bench_score $Y GM0228 theme borging NULL
bench_recompute $Y
sign_in_as m member
question=$'=SOM(1;2) "dringend"; tweede regel\nderde regel'
advice_request m borging telefoon "+31 6 1234 5678" "$question"
sign_in_as o organiser

http_as o GET /beheer/overzicht/deelname.csv
bench_csv_rows

http_as o GET "/beheer/overzicht/$Y/scores.csv"
bench_csv_rows
sql "SELECT o.name, s.scope, s.scope_key, IFNULL(s.score, 'NULL') FROM rounds r
	JOIN organisations o ON o.id = r.organisation_id JOIN scores s ON s.round_id = r.id
	WHERE r.year = $Y AND r.status = 'submitted'" >"$TEST_TMP/scores.tsv"
python3 - "$TEST_TMP/csv.json" "$TEST_TMP/scores.tsv" <<'PY' || fail "scores.csv differs from the scores table"
import json, sys
from cimolt_test import Problems, dutch_number as num, tsv
rows = json.load(open(sys.argv[1], encoding="utf-8"))
want = {}
for name, scope, key, v in tsv(sys.argv[2]):
    want.setdefault(name, {})[(scope, key)] = None if v == "NULL" else float(v)
head, body = rows[0], rows[1:]
bad = Problems()
names = {r[0] for r in body} | {f for r in body for f in r if f in want}
for n in want:
    if n not in names:
        bad.add("no row for %s" % n)
if "Wageningen" in names:
    bad.add("Wageningen's draft is in it")
# Either one row per municipality and scope (columns: ..., scope, key,
# score) or one row per municipality with a column per scope.
for r in body:
    name = next((f for f in r if f in want), None)
    if name is None:
        continue
    nums = [num(f) for f in r]
    vals = [x for x in nums if x is not None]
    scopes = [(s, k) for (s, k) in want[name] if s in r and (k in r or k == "")]
    if len(scopes) and any(f in ("overall", "level", "theme", "category", "share") for f in r):
        sk = next((s, k) for (s, k) in want[name] if s in r and (k == "" or k in r))
        w = want[name][sk]
        if w is None and any(v is not None for v in vals[-1:]):
            bad.add("%s %s: a value, expected none: %r" % (name, sk, r))
        if w is not None and not any(abs(v - w) <= 0.05 + 1e-9 for v in vals):
            bad.add("%s %s: %r lacks %.1f" % (name, sk, r, w))
    else:
        for sk, w in want[name].items():
            if w is not None and not any(abs(v - w) <= 0.05 + 1e-9 for v in vals):
                bad.add("%s: no field with its %s %s score %.1f" % (name, sk[0], sk[1], w))
bad.exit(10)
PY
echo "# scores.csv header: $(python3 -m cimolt_test csv-header "$TEST_TMP/csv.json")"

http_as o GET /beheer/advies.csv
bench_csv_rows
python3 - "$TEST_TMP/csv.json" "$question" "$TEST_TMP/body" "$(sql "SELECT COUNT(*) FROM advice_requests")" <<'PY' || fail "advies.csv"
import json, sys
from cimolt_test import Problems, read_bytes
rows = json.load(open(sys.argv[1], encoding="utf-8"))
q, raw, n = sys.argv[2], read_bytes(sys.argv[3]).decode("utf-8-sig"), int(sys.argv[4])
bad = Problems()
if len(rows) - 1 != n:
    bad.add("%d rows, expected %d (the advice requests)" % (len(rows) - 1, n))
fields = [f for r in rows for f in r]
for want in ("'" + q, "'" + q.replace("\n", "\r\n")):
    if want in fields:
        break
else:
    bad.add("no field holds the question defused: %r" % ("'" + q))
if "Ede" not in fields:
    bad.add("no field names Ede")
if "'+31 6 1234 5678" not in fields:
    bad.add("the phone number +31... not defused with a leading '")
bad.exit()
PY
