# A member of Arnhem never sees Ede's monitor: /monitor, /monitor/{year},
# the section forms, the result and the CSV show Arnhem's own rounds and
# answers (the demo's submitted 2025 and 2026 rounds), never Ede's, which
# hold a marker text here. The URLs name a year and a section only; a
# round's id in their place or in the query (?ronde=, ?organisatie=)
# reaches nothing. In a year where only Ede has started, Arnhem's first
# save makes Arnhem's own round and leaves Ede's alone. The organisers'
# pages stay theirs: reopening Ede's round is 403 for a coordinator (Ede's
# own) and for Arnhem's member, /beheer/monitor 403 for members, and
# nothing changes.
fresh_round GM0228 2026
secret="Ede-geheim-$(unique x)"
sign_in_as c coordinator
monitor_save c 2026 s-beleid s-beleid-1=4 s-beleid-4="$secret"
monitor_save c 2026 o-gww o-gww-tenders=4242 o-gww-voorbeeld="$secret"
ede=$(round_of GM0228 2026) ede25=$(round_of GM0228 2025)
arn=$(round_of GM0202 2026) arn25=$(round_of GM0202 2025)
[ -n "$arn" ] && [ -n "$arn25" ] || fail "Arnhem has no 2025 and 2026 rounds (the demo data makes them)"

email=$(unique arnhem)@arnhem.example
new_user "$email" "Arie Arnhem" GM0202 member "$STACK_DEMO_PASSWORD"
sign_in a "$email" "$STACK_DEMO_PASSWORD"
assert_status 303

# db_answers ROUND SECTION: the round's answers to the section's questions
# as section_answers prints them, sorted.
db_answers() {
	sql "SELECT CONCAT_WS(' ', question_id, IFNULL(value, 'NULL'), IF(dont_know, 'dont-know', NULL),
		IF(prefilled, 'prefilled', NULL)) FROM answers WHERE round_id = $1 AND question_id LIKE '$2-%'" | sort
}
# answered ROUND: how many questions of the round have an answer.
answered() { sql "SELECT COUNT(*) FROM answers WHERE round_id = $1"; }

http_as a GET "/monitor?format=xml"
assert_status 200
assert_xpath "/page/user/@organisation" Arnhem
assert_xpath "/page/rounds/round[@year='2026']/@status" submitted
assert_xpath "/page/rounds/round[@year='2026']/@answered" "$(answered "$arn")"
assert_xpath "/page/rounds/round[@year='2025']/@answered" "$(answered "$arn25")"
assert_body_lacks "$secret"

for y in 2026 2025; do
	if [ $y = 2026 ]; then r=$arn; else r=$arn25; fi
	for query in format=xml "format=xml&ronde=$ede&organisatie=$(org_id GM0228)"; do
		http_as a GET "/monitor/$y?$query"
		assert_status 200
		assert_xpath "/page/round/@status" submitted
		assert_xpath "/page/round/@answered" "$(answered "$r")"
		assert_body_lacks "$secret"
	done
	for s in s-beleid o-gww; do
		http_as a GET "/monitor/$y/$s?format=xml&ronde=$ede"
		assert_status 200
		assert_eq "$(section_answers | grep -v ' NULL$' | sort)" "$(db_answers "$r" "$s")" \
			"Arnhem's $y $s form: Arnhem's answers"
		assert_body_lacks "$secret"
		http_as a GET "/monitor/$y/$s"
		assert_html_page 200
		assert_body_lacks "$secret"
	done
	http_as a GET "/monitor/$y/resultaat?format=xml"
	assert_status 200
	assert_xpath "/page/scores/score[@scope='overall']/@value" \
		"$(python3 -c 'import sys; print("%.1f" % float(sys.argv[1]))' \
			"$(sql "SELECT score FROM scores WHERE round_id = $r AND scope = 'overall'")")"
	# The CSV: one row per question with Arnhem's answer.
	http_as a GET "/monitor/$y/antwoorden.csv"
	assert_status 200
	assert_body_lacks "$secret"
	python3 - "$TEST_TMP/body" >"$TEST_TMP/csv-answers" <<-'PY'
		import sys
		from cimolt_test import csv_rows
		rows = csv_rows(sys.argv[1])
		for r in rows[1:]:
		    if not r:
		        break
		    if r[3] or r[4]:
		        print(r[1], r[3] if r[3] else "NULL", *(["dont-know"] if r[4] == "ja" else []))
	PY
	assert_eq "$(sort "$TEST_TMP/csv-answers")" "$(sql "SELECT CONCAT_WS(' ', question_id, IFNULL(value, 'NULL'),
		IF(dont_know, 'dont-know', NULL)) FROM answers WHERE round_id = $r" | sort)" "the $y CSV's answers: Arnhem's"
done
# A round's id where the year goes is no year.
http_as a GET "/monitor/$ede"
assert_html_page 404

# 2031: only Ede has started; Arnhem's first save makes Arnhem's round.
own_year 2031
out=$(admin_cli questionnaire import "$(qn_copy 2031)" 2>&1) || fail "cannot import a 2031 questionnaire: $out"
monitor_save c 2031 s-beleid s-beleid-4="$secret"
ede31=$(round_of GM0228 2031)
answers "$ede31" >"$TEST_TMP/ede31"
http_as a GET "/monitor/2031?format=xml"
assert_xpath "/page/round/@status" none
assert_xpath "/page/round/@answered" 0
assert_body_lacks "$secret"
http_as a GET "/monitor/2031/s-beleid?format=xml"
assert_xpath "/page/form[@name='section']/@version" 0
assert_eq "$(section_answers | grep -vc ' NULL$')" 0 "answers in Arnhem's 2031 s-beleid form"
assert_body_lacks "$secret"
monitor_save a 2031 s-beleid s-beleid-1=1
arn31=$(round_of GM0202 2031)
[ -n "$arn31" ] && [ "$arn31" != "$ede31" ] || fail "Arnhem's save made no round of its own (Arnhem: '$arn31', Ede: $ede31)"
assert_eq "$(answers "$arn31" | tr '\t' ' ')" "s-beleid-1 1 0 0" "Arnhem's 2031 answers"
assert_eq "$(answers "$ede31")" "$(cat "$TEST_TMP/ede31")" "Ede's 2031 answers"
assert_eq "$(section_version "$ede31" s-beleid)" 1 "the version of Ede's 2031 s-beleid"

# The organisers' pages.
sign_in_as m member
monitor_tables >"$TEST_TMP/before"
audit=$(sql "SELECT COUNT(*) FROM audit_log")
http_as c POST "/beheer/monitor/$ede25/heropenen" --data-urlencode "csrf=$(csrf c)"
assert_html_page 403
http_as a POST "/beheer/monitor/$ede25/heropenen" --data-urlencode "csrf=$(csrf a)"
assert_html_page 403
for j in m a; do
	http_as $j GET /beheer/monitor
	assert_html_page 403
done
assert_monitor_unchanged "$TEST_TMP/before" "the refused requests"
assert_eq "$(sql "SELECT COUNT(*) FROM audit_log")" "$audit" "audit rows"
