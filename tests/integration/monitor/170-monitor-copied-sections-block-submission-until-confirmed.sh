# Answers copied from last year ("Vorig jaar overnemen") are not this
# year's until someone has looked at them: they do not count as answered
# (the round's and each section's answered leave them out, and list them
# as unconfirmed), saving their section with them unchanged leaves them
# copied, changing one makes that one one's own, and ticking "Ik heb deze
# antwoorden gecontroleerd" (gecontroleerd=ja) confirms the section.
# Submitting while any section has copied answers is refused with 409,
# the page listing exactly those sections, and changes nothing; once all
# are confirmed it submits (303).
fresh_round GM0228 2026
sign_in_as c coordinator
http_as c POST /monitor/2026/vorig-jaar --data-urlencode "csrf=$(csrf c)"
assert_status 303
rd=$(round_of GM0228 2026)
[ -n "$rd" ] || fail "copying last year's answers made no round"

# The sections with copied answers, from the database and the questionnaire.
copied_sections() {
	sql "SELECT question_id FROM answers WHERE round_id = $rd AND prefilled = 1" >"$TEST_TMP/copied"
	python3 - "$STACK_ROOT/schema/questionnaire-2026.xml" "$TEST_TMP/copied" <<-'PY'
		import sys
		from cimolt_test import xml_root
		copied = set(open(sys.argv[2]).read().split())
		out = []
		for s in xml_root(sys.argv[1]).iter():
		    if not s.tag.endswith("}section"):
		        continue
		    n = sum(1 for q in s.iter() if q.tag.endswith("}question") and q.get("id") in copied)
		    if n:
		        out.append("%s %d" % (s.get("id"), n))
		print("\n".join(out))
	PY
}
page_unconfirmed() {
	xmllint --xpath '/page/round/section[@unconfirmed]' "$TEST_TMP/body" 2>/dev/null |
		python3 -c 'import re, sys; print("\n".join("%s %s" % m for m in re.findall(r"<section id=\"([^\"]+)\".*?unconfirmed=\"(\d+)\"", sys.stdin.read())))'
}
before=$(copied_sections)
[ "$(printf '%s\n' "$before" | wc -l)" -gt 3 ] || fail "too few sections were copied to: $before"

http_as c GET "/monitor/2026?format=xml"
assert_status 200
assert_eq "$(xpath '/page/round/@answered') $(xpath '/page/round/@unconfirmed')" \
	"0 $(sql "SELECT COUNT(*) FROM answers WHERE round_id = $rd AND prefilled = 1")" \
	"the round's answered and unconfirmed right after copying"
assert_eq "$(page_unconfirmed)" "$before" "the sections the round page marks as unconfirmed"

# Refused: 409, the sections listed, nothing changed.
monitor_tables >"$TEST_TMP/monitor-before"
http_as c POST /monitor/2026/indienen --data-urlencode "csrf=$(csrf c)" -H "Accept: application/xml"
assert_status 409
assert_eq "$(xpath '/page/refused')" "monitor.submit.refused-unconfirmed" "why it was refused"
assert_eq "$(page_unconfirmed)" "$before" "the sections the refusal lists"
assert_eq "$(xpath 'count(/page/form[@name = "submit"])')" 0 "submit forms on the refusal"
assert_monitor_unchanged "$TEST_TMP/monitor-before" "a refused submission"
http_as c POST /monitor/2026/indienen --data-urlencode "csrf=$(csrf c)"
assert_html_page 409

# Saved unchanged: still copied. One answer changed: that one is own.
n=$(sql "SELECT COUNT(*) FROM answers WHERE round_id = $rd AND question_id LIKE 's-beleid-%' AND prefilled = 1")
[ "$n" -ge 2 ] || fail "s-beleid has $n copied answers, want at least 2"
monitor_save c 2026 s-beleid
assert_eq "$(sql "SELECT COUNT(*) FROM answers WHERE round_id = $rd AND question_id LIKE 's-beleid-%' AND prefilled = 1")" \
	"$n" "copied answers of s-beleid after saving it unchanged"
q=$(sql "SELECT question_id FROM answers WHERE round_id = $rd AND question_id LIKE 's-beleid-%' AND prefilled = 1
	AND value REGEXP '^[0-4]$' ORDER BY question_id LIMIT 1")
[ -n "$q" ] || fail "no copied maturity answer in s-beleid"
v=$(sql "SELECT IF(value = '4', '3', value + 1) FROM answers WHERE round_id = $rd AND question_id = '$q'")
monitor_save c 2026 s-beleid "$q=$v"
assert_eq "$(sql "SELECT value, prefilled FROM answers WHERE round_id = $rd AND question_id = '$q'" | tr '\t' ' ')" \
	"$v 0" "the changed answer $q"
assert_eq "$(sql "SELECT COUNT(*) FROM answers WHERE round_id = $rd AND question_id LIKE 's-beleid-%' AND prefilled = 1")" \
	"$((n - 1))" "copied answers of s-beleid after changing one"

# Confirmed: none copied, and they count as answered.
monitor_save c 2026 s-beleid gecontroleerd=ja
assert_eq "$(sql "SELECT COUNT(*) FROM answers WHERE round_id = $rd AND question_id LIKE 's-beleid-%' AND prefilled = 1")" \
	0 "copied answers of s-beleid after confirming"
http_as c GET "/monitor/2026/s-beleid?format=xml"
assert_eq "$(xpath '/page/round/section[@id = "s-beleid"]/@answered')|$(xpath 'count(/page/round/section[@id = "s-beleid"]/@unconfirmed)')" \
	"$(sql "SELECT COUNT(*) FROM answers WHERE round_id = $rd AND question_id LIKE 's-beleid-%'")|0" \
	"s-beleid's answered and unconfirmed after confirming"

# The rest confirmed: submitted.
monitor_confirm_all c 2026
assert_eq "$(copied_sections)" "" "sections with copied answers after confirming all"
http_as c POST /monitor/2026/indienen --data-urlencode "csrf=$(csrf c)"
assert_status 303
assert_header Location "/monitor/2026/resultaat?klaar=monitor.submitted"
assert_eq "$(sql "SELECT status FROM rounds WHERE id = $rd")" submitted "the round's status"
