# cimolt-admin advice import refuses a bad file with exit status 1, a
# line "FILE:LINE: problem" naming the line of the fault (libxml2 names
# the line after an element whose attribute is wrong, as in
# monitor/questionnaire-import-refuses-bad-files-naming-file-and-line),
# and "FILE: nothing imported" last, and imports nothing: not well-formed XML,
# an unknown tier, an unknown theme, a theme band without a key, a band
# whose below is not above its from, a band outside 0-100, an unknown
# question, a rule id used twice, a rule without its English text, a
# condition on both a score and an answer, an answer the question does not
# offer.
V=9106
advice_forget $V
on_exit "advice_forget $V"
# The good file: rule k (0-based) starts on line 3 + 5k, its <when> on 4 + 5k.
advice_file $V "$TEST_TMP/good.xml" \
	"g0 basis scope=theme key=borging below=25" \
	"g1 significant scope=category key=gww from=25 below=50" \
	"g2 ambitious question=s-beleid-2 answer=nee"
table_digest advice_sets advice_rules advice_links >"$TEST_TMP/before"

# bad NAME LINES SED: the good file with the sed expression applied must be
# refused, naming one of LINES (comma-separated).
bad() {
	local f=$TEST_TMP/$1.xml out rc
	sed -e "$3" "$TEST_TMP/good.xml" >"$f"
	cmp -s "$f" "$TEST_TMP/good.xml" && fail "$1: the sed expression changed nothing"
	out=$(admin_cli advice import "$f" 2>&1)
	rc=$?
	[ $rc = 1 ] || fail "$1: exit status $rc, expected 1; output: $out"
	[ "$(tail -n 1 <<<"$out")" = "$f: nothing imported" ] || fail "$1: last line '$(tail -n 1 <<<"$out")', expected '$f: nothing imported'"
	grep -qE "^$(sed 's/[.[\*^$]/\\&/g' <<<"$f"):(${2//,/|}): .+" <<<"$out" ||
		fail "$1: no line '$f:{$2}: problem' in: $out"
	echo "# $1: $(grep -m1 -E ':[0-9]+: ' <<<"$out" | sed "s|^$TEST_TMP/||")"
}
bad not-well-formed 9 '9s/scope="category"/scope=category/'
bad unknown-tier 8,9 '8s/tier="significant"/tier="extreme"/'
bad unknown-theme 4 '4s/key="borging"/key="onbekend"/'
bad band-without-key 4 '4s/ key="borging"//'
bad below-not-above-from 9 '9s/from="25" below="50"/from="50" below="25"/'
bad band-over-100 9 '9s/below="50"/below="150"/'
bad unknown-question 14 '14s/s-beleid-2/s-beleid-99/'
bad id-twice 13 '13s/id="g2"/id="g0"/'
bad no-english-text 8,9,10,11,12 '11d'
bad score-and-answer 14 '14s/answer="nee"/answer="nee" scope="theme" key="borging"/'
bad answer-not-offered 14 '14s/answer="nee"/answer="misschien"/'
table_digest advice_sets advice_rules advice_links >"$TEST_TMP/after"
diff -q "$TEST_TMP/before" "$TEST_TMP/after" >/dev/null || fail "a refused file changed the advice tables"
# The good file itself imports.
out=$(admin_cli advice import "$TEST_TMP/good.xml" 2>&1) || fail "the good file: $out"
assert_eq "$out" "advice version $V imported: 3 rules" "the good file"
