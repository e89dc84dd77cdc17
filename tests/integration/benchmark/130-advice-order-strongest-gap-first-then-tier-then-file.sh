# The advice page lists the rules that apply by gap (100 minus the own
# score of the rule's scope; an answer rule's scope is its question's
# theme or category) largest first, then by tier (basis, significant,
# ambitious), then in the file's order. Here: borging and inkoopbeleid at
# 20 (gap 80), overall at 40 (gap 60), gww at 60 (gap 40), and rules in
# a file order that is none of these orders.
Y=2057
V=9104
bench_year $Y
bench_rounds $Y GM0228
bench_score $Y GM0228 theme borging 20
bench_score $Y GM0228 theme inkoopbeleid 20
bench_score $Y GM0228 overall - 40
bench_score $Y GM0228 category gww 60
bench_answer $Y GM0228 s-borging-5 nee
advice_file $V "$TEST_TMP/advice.xml" \
	"r1 ambitious scope=category key=gww below=70" \
	"r2 basis scope=overall below=50" \
	"r3 significant scope=theme key=inkoopbeleid below=30" \
	"r4 ambitious question=s-borging-5 answer=nee" \
	"r5 significant scope=theme key=borging below=30" \
	"r6 basis scope=theme key=borging from=10 below=25" \
	"r7 significant scope=theme key=borging from=15" \
	"r8 basis scope=category key=gww from=50"
advice_import $V "$TEST_TMP/advice.xml"
sign_in_as m member
bench_page m "/advies/$Y"
assert_eq "$(advice_items)" "r6 basis theme borging 20.0 80.0
r3 significant theme inkoopbeleid 20.0 80.0
r5 significant theme borging 20.0 80.0
r7 significant theme borging 20.0 80.0
r4 ambitious theme borging 20.0 80.0
r2 basis overall - 40.0 60.0
r8 basis category gww 60.0 40.0
r1 ambitious category gww 60.0 40.0" "the advice in order (rule tier scope key score gap)"
http_as m GET "/advies/$Y"
assert_html_page 200
python3 - "$TEST_TMP/body" <<'PY' || fail "the HTML page lists the advice in another order"
import re, sys
from cimolt_test import read
text = read(sys.argv[1])
pos = [(lambda m: m.start() if m else -1)(re.search(r"Advies r%d\b" % i, text)) for i in (6, 3, 5, 7, 4, 2, 8, 1)]
if -1 in pos or pos != sorted(pos):
    print("positions of r6 r3 r5 r7 r4 r2 r8 r1: %r" % pos)
    sys.exit(1)
PY
