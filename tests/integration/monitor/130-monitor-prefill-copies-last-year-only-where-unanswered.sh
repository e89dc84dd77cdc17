# "Copy last year's answers" (POST /monitor/2026/vorig-jaar) copies each
# answer of Ede's 2025 round (value or don't know) into the 2026 round
# where that question has no answer yet, marked prefilled = 1 (not yet
# checked); what was answered already (a value, or "weet ik niet") stays
# as it was, a question without an answer last year stays without one,
# and amounts and counts (number questions) are never copied: the form
# shows last year's figure beside an empty field. 303 to
# /monitor/2026?klaar=monitor.prefilled; the form marks the copied
# answers; copying again changes nothing. Without a round last year it
# copies nothing and makes no round (303 with ?klaar=monitor.no-previous).
fresh_round GM0228 2026
sign_in_as c coordinator
last=$(round_of GM0228 2025)
[ -n "$last" ] || fail "Ede has no 2025 round (the demo data makes one)"
[ "$(sql "SELECT COUNT(*) FROM answers WHERE round_id = $last")" -gt 40 ] ||
	fail "Ede's 2025 round has too few answers to copy"
monitor_save c 2026 s-beleid s-beleid-1=4
monitor_save c 2026 o-gww o-gww-tenders-weetniet=ja o-gww-natuur=3
rd=$(round_of GM0228 2026)
answers "$rd" >"$TEST_TMP/own"
answers "$last" >"$TEST_TMP/last"

http_as c POST /monitor/2026/vorig-jaar --data-urlencode "csrf=$(csrf c)"
assert_status 303
assert_header Location "/monitor/2026?klaar=monitor.prefilled"
answers "$rd" >"$TEST_TMP/after"
python3 - "$TEST_TMP/own" "$TEST_TMP/last" "$STACK_ROOT/schema/questionnaire-2026.xml" >"$TEST_TMP/expected" <<-'PY'
	import sys
	from cimolt_test import tsv, xml_root
	def rows(p):
	    return {q: (v, dk, pre) for q, v, dk, pre in tsv(p)}
	own, last = rows(sys.argv[1]), rows(sys.argv[2])
	figures = {e.get("id") for e in xml_root(sys.argv[3]).iter()
	           if e.tag.endswith("}question") and e.get("type") == "number"}
	for q in sorted(set(own) | set(last) - figures):
	    v, dk, pre = own[q] if q in own else (last[q][0], last[q][1], "1")
	    print("\t".join((q, v, dk, pre)))
PY
diff -u "$TEST_TMP/expected" "$TEST_TMP/after" >"$TEST_TMP/diff" ||
	fail "the answers after copying differ from own answers + last year's where none: $(grep '^[-+][^-+]' "$TEST_TMP/diff" | head -n 6 | tr '\n\t' '  ')"
# The cases, spelt out.
assert_eq "$(grep -E '^(s-beleid-1|s-beleid-2|o-gww-tenders|o-gww-natuur|o-gww-tenders-circ|s-inkoop-4)	' "$TEST_TMP/after" | tr '\t' ' ')" \
	"o-gww-natuur 3 0 0
o-gww-tenders NULL 1 0
s-beleid-1 4 0 0
s-beleid-2 $(awk -F'\t' '$1 == "s-beleid-2" { print $2 }' "$TEST_TMP/last") 0 1" \
	"own answers kept, last year's copied, o-gww-tenders-circ (a count) and s-inkoop-4 (unanswered in 2025) left out"
assert_eq "$(sql "SELECT COUNT(*) FROM answers WHERE round_id = $rd AND prefilled = 1")" \
	"$(grep -c '	1$' "$TEST_TMP/expected")" \
	"prefilled answers: last year's, less the questions answered already and the figures"
[ "$(sql "SELECT COUNT(*) FROM answers WHERE round_id = $last AND question_id LIKE 'o-gww-spend%' AND value IS NOT NULL")" -gt 0 ] ||
	fail "Ede's 2025 round has no GWW spend to show"
http_as c GET "/monitor/2026/o-gww?format=xml"
assert_status 200
assert_eq "$(xpath '/page/form/answer[@question = "o-gww-spend"]/@last-year')|$(xpath 'count(/page/form/answer[@question = "o-gww-spend"]/@value)')" \
	"$(awk -F'\t' '$1 == "o-gww-spend" { print $2 }' "$TEST_TMP/last")|0" \
	"o-gww-spend: last year's figure beside an empty field"

http_as c GET "/monitor/2026?klaar=monitor.prefilled"
assert_html_page 200
assert_message monitor.prefilled
http_as c GET "/monitor/2026/s-beleid?format=xml"
assert_eq "$(section_answers)" "s-beleid-1 4
s-beleid-2 $(awk -F'\t' '$1 == "s-beleid-2" { print $2 }' "$TEST_TMP/last") prefilled
s-beleid-3 $(awk -F'\t' '$1 == "s-beleid-3" { print $2 }' "$TEST_TMP/last") prefilled
s-beleid-4 NULL" "the s-beleid form's answers"

# Again: nothing to copy.
http_as c POST /monitor/2026/vorig-jaar --data-urlencode "csrf=$(csrf c)"
assert_status 303
assert_eq "$(answers "$rd")" "$(cat "$TEST_TMP/after")" "the answers after copying again"

# No round last year: nothing copied, no round made.
own_year 2032
out=$(admin_cli questionnaire import "$(qn_copy 2032)" 2>&1) || fail "cannot import a 2032 questionnaire: $out"
http_as c POST /monitor/2032/vorig-jaar --data-urlencode "csrf=$(csrf c)"
assert_status 303
assert_header Location "/monitor/2032?klaar=monitor.no-previous"
assert_eq "$(round_of GM0228 2032)" "" "Ede's 2032 round"
