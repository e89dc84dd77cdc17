# An answer rule applies when the round's answer to its question is
# exactly its answer ("?" = weet ik niet): a yes/no question answered nee
# (not ja, not unanswered, not "weet ik niet"), a choice (basis, not
# significant), a maturity level (2, not 1 or 3), and "?" (weet ik niet,
# not an answer). Its item has the scope of its question's theme or
# category, with that scope's score and gap.
Y=2056
V=9103
bench_year $Y
bench_rounds $Y GM0228
advice_file $V "$TEST_TMP/advice.xml" \
	"beleid-nee basis question=s-beleid-2 answer=nee" \
	"ambitie-basis significant question=s-ambitie-4 answer=basis" \
	"gww-2 ambitious question=o-gww-gunning answer=2" \
	"comm-weetniet basis question=s-comm-1 answer=?"
advice_import $V "$TEST_TMP/advice.xml"
sign_in_as m member

# check S-BELEID-2 S-AMBITIE-4 O-GWW-GUNNING S-COMM-1 EXPECTED (sorted)
check() {
	bench_answer $Y GM0228 s-beleid-2 "$1"
	bench_answer $Y GM0228 s-ambitie-4 "$2"
	bench_answer $Y GM0228 o-gww-gunning "$3"
	bench_answer $Y GM0228 s-comm-1 "$4"
	bench_page m "/advies/$Y"
	assert_eq "$(advice_rules | tr ' ' '\n' | sort | xargs)" "$5" "rules for the answers $*"
}
check nee basis 2 ? "ambitie-basis beleid-nee comm-weetniet gww-2"
check ja significant 1 0 ""
check ? ambitieus 3 - ""
check - geen-tool 0 1 ""
check nee basis 2 ? "ambitie-basis beleid-nee comm-weetniet gww-2"

bench_score $Y GM0228 theme algemeen-beleid 37.5
bench_score $Y GM0228 category gww NULL
bench_page m "/advies/$Y"
s="/page/advice/item[@rule='beleid-nee']"
for a in tier:basis scope:theme key:algemeen-beleid score:37.5 gap:62.5; do assert_xpath "$s/@${a%%:*}" "${a#*:}"; done
assert_xpath "$s/when/@question" s-beleid-2
assert_xpath "$s/when/@answer" nee
assert_xpath "normalize-space($s/when/@question-text)" "$(question_text s-beleid-2)"
s="/page/advice/item[@rule='gww-2']"
assert_xpath "$s/@scope" category
assert_xpath "$s/@key" gww
assert_xpath "count($s/@score)" 0
