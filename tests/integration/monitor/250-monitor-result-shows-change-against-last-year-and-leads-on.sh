# The result page of a submitted round leads on to the benchmark and the
# advice of its year, and, when the municipality submitted a round the
# year before, shows the change against it per scope: the page document
# holds last year's scores (<previous year>) exactly as stored, and the
# tables give each difference signed, to one decimal, in Dutch. Without a
# round last year there is no <previous>.
fresh_round GM0228 2026
sign_in_as c coordinator
monitor_save c 2026 s-beleid s-beleid-1=4 s-beleid-2=ja s-beleid-3=4
monitor_save c 2026 o-gww o-gww-gunning=1
http_as c POST /monitor/2026/indienen --data-urlencode "csrf=$(csrf c)"
assert_status 303
now=$(round_of GM0228 2026)
last=$(round_of GM0228 2025)
http_as c GET "/monitor/2026/resultaat?format=xml"
assert_status 200
assert_eq "$(xpath '/page/previous/@year')" 2025 "the previous year"
assert_eq "$(xmllint --xpath '/page/previous/score' "$TEST_TMP/body" | python3 -c '
import re, sys
for m in re.finditer(r"<score scope=\"(\w+)\" key=\"([^\"]*)\"(?: value=\"([^\"]+)\")?", sys.stdin.read()):
    print(m.group(1), m.group(2) or "-", m.group(3) or "NULL")' | sort)" \
	"$(sql "SELECT scope, IF(scope_key = '', '-', scope_key), IFNULL(score, 'NULL') FROM scores WHERE round_id = $last" |
	python3 -c '
import sys
for line in sys.stdin:
    sc, k, v = line.split()
    print(sc, k, v if v == "NULL" else "%.1f" % float(v))' | sort)" "last year's scores in the page"
# The change of a theme and a category, as the tables show them: the
# difference of the two scores as shown (one decimal).
want() {
	sql "SELECT n.score, p.score FROM scores n JOIN scores p ON p.round_id = $last AND p.scope = n.scope
		AND p.scope_key = n.scope_key WHERE n.round_id = $now AND n.scope = '$1' AND n.scope_key = '$2'" |
	python3 -c '
import sys
n, p = (float("%.1f" % float(x)) for x in sys.stdin.read().split())
d = round(10 * (n - p)) / 10
s = ("%.1f" % abs(d)).rstrip("0").rstrip(".").replace(".", ",")
print(("+" if d > 0 else "\u2212" if d < 0 else "") + s)'
}
http_as c GET "/monitor/2026/resultaat?lang=nl"
assert_html_page 200
assert_body_has 'href="/benchmark/2026"'
assert_body_has 'href="/advies/2026"'
python3 - "$TEST_TMP/body" "$(want theme algemeen-beleid)" "$(want category gww)" <<'PY' || fail "the change column of the theme and category tables"
import re, sys
html = open(sys.argv[1]).read()
for label, want in (("Circulariteit in het algemene beleid", sys.argv[2]), ("Grond-, weg- en waterbouw", sys.argv[3])):
    rows = re.findall(r"<tr[^>]*>\s*<th scope=\"row\">([^<]*)</th>(.*?)</tr>", html, re.S)
    cells = [re.findall(r"<td[^>]*>([^<]*)</td>", r) for h, r in rows if h.strip().startswith(label)]
    if not cells or cells[0][1] != want:
        print("%s: %s, want the change %s" % (label, cells[:1], want))
        sys.exit(1)
PY
# No round the year before: no change shown.
sql "UPDATE rounds SET year = 2019 WHERE id = $last"
on_exit "sql \"UPDATE rounds SET year = 2025 WHERE id = $last\""
http_as c GET "/monitor/2026/resultaat?format=xml"
assert_eq "$(xpath 'count(/page/previous)')" 0 "<previous> without a round in 2025"
