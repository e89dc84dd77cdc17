# The report for the council (GET /monitor/{year}/rapport) of a round
# submitted here: the page document names the municipality and the day
# it is made (Dutch date), holds this year's and last year's scores as
# stored, and the advice that applies exactly as the advice page lists it
# (the same rules in the same order). The HTML gives the municipality,
# the year, the summary sentence with the overall score and its change
# against last year, and the key figures table (overall, the two levels,
# the share) with both years and the change, each figure as the database
# has it to one decimal in Dutch; in English the same figures. It starts
# the themes, categories and advice as parts of their own and carries the
# print button. The result page links to it.
fresh_round GM0228 2026
sign_in_as c coordinator
monitor_save c 2026 s-beleid s-beleid-1=4 s-beleid-2=ja s-beleid-3=4
monitor_save c 2026 s-borging s-borging-1=1 s-borging-2=0 s-borging-5=nee
monitor_save c 2026 o-gww o-gww-gunning=1
http_as c POST /monitor/2026/indienen --data-urlencode "csrf=$(csrf c)"
assert_status 303
now=$(round_of GM0228 2026)
last=$(round_of GM0228 2025)
[ "$(sql "SELECT status FROM rounds WHERE id = $last")" = submitted ] || fail "Ede's 2025 round is not submitted (the demo data makes it)"

http_as c GET "/monitor/2026/rapport?format=xml"
assert_status 200
assert_xpath /page/@name monitor-report
assert_eq "$(xpath '/page/report/@organisation') $(xpath '/page/report/@date')" "Ede $(dutch_day)" "the municipality and the day"
assert_eq "$(xpath '/page/previous/@year')" 2025 "last year's round"
scores_of() {
	xmllint --xpath "$1" "$TEST_TMP/body" | python3 -c '
import re, sys
for m in re.finditer(r"<score scope=\"(\w+)\" key=\"([^\"]*)\"(?: value=\"([^\"]+)\")?", sys.stdin.read()):
    print(m.group(1), m.group(2) or "-", m.group(3) or "NULL")' | sort
}
db_scores() {
	sql "SELECT scope, IF(scope_key = '', '-', scope_key), IFNULL(score, 'NULL') FROM scores WHERE round_id = $1" |
	python3 -c '
import sys
for line in sys.stdin:
    sc, k, v = line.split()
    print(sc, k, v if v == "NULL" else "%.1f" % float(v))' | sort
}
assert_eq "$(scores_of '/page/scores/score')" "$(db_scores "$now")" "this year's scores in the report"
assert_eq "$(scores_of '/page/previous/score')" "$(db_scores "$last")" "last year's scores in the report"
rules() { xmllint --xpath "$1" "$TEST_TMP/body" 2>/dev/null | grep -o 'rule="[^"]*"' | tr '\n' ' '; }
got=$(rules '/page/advice/item/@rule')
[ -n "$got" ] || fail "the report has no advice (the demo rules apply to a round this weak)"
http_as c GET "/advies/2026?format=xml"
assert_status 200
assert_eq "$got" "$(rules '/page/advice/item/@rule')" "the report's advice against the advice page's"

# The figures as the tables show them: one decimal, Dutch comma; the
# change signed ("+", "−"), trailing zeros dropped.
figure() {
	sql "SELECT score FROM scores WHERE round_id = $1 AND scope = '$2' AND scope_key = '$3'" |
	python3 -c 'import sys; v = sys.stdin.read().strip(); print("Onbekend" if v in ("", "NULL") else ("%.1f" % float(v)).rstrip("0").rstrip(".").replace(".", ",") + sys.argv[1])' "$4"
}
change() {
	sql "SELECT n.score, p.score FROM scores n JOIN scores p ON p.round_id = $last AND p.scope = n.scope
		AND p.scope_key = n.scope_key WHERE n.round_id = $now AND n.scope = '$1' AND n.scope_key = '$2'" |
	python3 -c '
import sys
v = sys.stdin.read().split()
if len(v) != 2 or "NULL" in v:
    print("–"); sys.exit()
n, p = (float("%.1f" % float(x)) for x in v)
d = round(10 * (n - p)) / 10
s = ("%.1f" % abs(d)).rstrip("0").rstrip(".").replace(".", ",")
print(("+" if d > 0 else "\u2212" if d < 0 else "") + s)'
}
want_rows=$(printf '%s\n' \
	"Totaalscore|$(figure "$now" overall '' '')|$(figure "$last" overall '' '')|$(change overall '')" \
	"Strategisch niveau|$(figure "$now" level strategisch '')|$(figure "$last" level strategisch '')|$(change level strategisch)" \
	"Operationeel niveau|$(figure "$now" level operationeel '')|$(figure "$last" level operationeel '')|$(change level operationeel)" \
	"Aandeel circulair ingekocht|$(figure "$now" share overall %)|$(figure "$last" share overall %)|$(change share overall)")
key_rows() {
	python3 - "$TEST_TMP/body" <<-'PY'
		import re, sys
		html = open(sys.argv[1]).read()
		t = re.search(r'<table class="[^"]*cimolt-report__key[^"]*">(.*?)</table>', html, re.S)
		if not t:
		    sys.exit("no key figures table")
		for h, r in re.findall(r'<tr[^>]*>\s*<th scope="row">([^<]*)</th>(.*?)</tr>', t.group(1), re.S):
		    print("|".join([h.strip()] + [c.strip() for c in re.findall(r"<td[^>]*>([^<]*)</td>", r)]))
	PY
}
http_as c GET "/monitor/2026/rapport?lang=nl"
assert_html_page 200
assert_eq "$(key_rows)" "$want_rows" "the key figures (this year, last year, change)"
assert_body_has "Ede behaalde in de monitor 2026 een totaalscore van $(figure "$now" overall '' '') van de 100. Ten opzichte van 2025 is dat $(change overall '') punten."
assert_body_has '<dd>Ede</dd>'
assert_body_has '<dd>2026</dd>'
assert_body_has "data-cimolt-print"
assert_body_has '<script src="/static/print.js'
for part in themes-title categories-title advice-title; do
	grep -q "cimolt-report__part--new-page\" aria-labelledby=\"$part\"" "$TEST_TMP/body" || fail "the $part part does not start a page"
done
http_as c GET "/monitor/2026/rapport?lang=en"
assert_html_page 200
assert_eq "$(key_rows | cut -d'|' -f2- | tr ',' '.')" "$(printf '%s\n' "$want_rows" | cut -d'|' -f2- | tr ',' '.' | sed 's/Onbekend/Unknown/g')" "the key figures in English"
assert_body_has "In the 2026 monitor, Ede reached an overall score of"

http_as c GET "/monitor/2026/resultaat?lang=nl"
assert_html_page 200
assert_body_has 'href="/monitor/2026/rapport"'
assert_body_has "data-cimolt-print"
