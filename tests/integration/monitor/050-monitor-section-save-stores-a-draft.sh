# Saving a section of the monitor stores it as a draft: the first save of
# Ede's coordinator makes the 2026 round (draft, on the 2026
# questionnaire), stores the answers given (an unanswered question gets no
# row), sets the section's version to 1, and answers 303 back to the
# section with ?klaar=monitor.saved, which shows the message and the
# answers. A member then saves the same section from a fresh form:
# version 2, the changed answers theirs, a cleared answer removed; with
# verder=ja it goes on to the next section, from the last one to
# /monitor/2026/indienen. Whole numbers may be written with thousands
# marked by dots, spaces or commas. Nothing is scored.
fresh_round GM0228 2026
qid=$(sql "SELECT id FROM questionnaires WHERE year = 2026 ORDER BY version DESC LIMIT 1")
cor=$(sql "SELECT id FROM users WHERE email = '$(demo_email coordinator)'")
lid=$(sql "SELECT id FROM users WHERE email = '$(demo_email member)'")
sign_in_as c coordinator
sign_in_as m member

monitor_form c 2026 s-inkoop
assert_xpath "/page/round/@status" none
assert_xpath "/page/form[@name='section']/@version" 0
assert_eq "$(section_answers)" "s-inkoop-1 NULL
s-inkoop-2 NULL
s-inkoop-3 NULL
s-inkoop-4 NULL" "the empty form's answers"
monitor_send c 2026 s-inkoop s-inkoop-1=3 s-inkoop-2=pas-toe-leg-uit s-inkoop-4=nee
assert_status 303
assert_header Location "/monitor/2026/s-inkoop?klaar=monitor.saved"
rd=$(round_of GM0228 2026)
[ -n "$rd" ] || fail "no 2026 round of Ede after the first save"
assert_eq "$(sql "SELECT questionnaire_id, status, IFNULL(submitted_at, 'NULL'), IFNULL(submitted_by, 'NULL')
	FROM rounds WHERE id = $rd" | tr '\t' ' ')" "$qid draft NULL NULL" "the round (questionnaire, status, submitted)"
assert_eq "$(answers "$rd" | tr '\t' ' ')" "s-inkoop-1 3 0 0
s-inkoop-2 pas-toe-leg-uit 0 0
s-inkoop-4 nee 0 0" "answers after the first save (question value dont_know prefilled)"
assert_eq "$(sql "SELECT DISTINCT updated_by FROM answers WHERE round_id = $rd")" "$cor" "answers updated_by"
assert_eq "$(sql "SELECT section_id, version, updated_by FROM round_sections WHERE round_id = $rd" | tr '\t' ' ')" \
	"s-inkoop 1 $cor" "round_sections after the first save"
assert_eq "$(sql "SELECT COUNT(*) FROM scores WHERE round_id = $rd")" 0 "scores of the draft"

http_as c GET "/monitor/2026/s-inkoop?klaar=monitor.saved"
assert_html_page 200
assert_message monitor.saved
http_as c GET "/monitor/2026/s-inkoop?format=xml"
assert_xpath "/page/round/@status" draft
assert_xpath "/page/round/section[@id='s-inkoop']/@answered" 3
assert_xpath "/page/round/section[@id='s-inkoop']/@total" 4
assert_xpath "/page/form[@name='section']/@version" 1
assert_eq "$(section_answers)" "s-inkoop-1 3
s-inkoop-2 pas-toe-leg-uit
s-inkoop-3 NULL
s-inkoop-4 nee" "the saved form's answers"

# A colleague saves the same section from a fresh form and goes on.
monitor_form m 2026 s-inkoop
monitor_send m 2026 s-inkoop s-inkoop-3=2 s-inkoop-4= verder=ja
assert_status 303
assert_header Location "/monitor/2026/s-ambitie?klaar=monitor.saved"
assert_eq "$(sql "SELECT question_id, IFNULL(value, 'NULL'), updated_by FROM answers WHERE round_id = $rd
	ORDER BY question_id" | tr '\t' ' ')" "s-inkoop-1 3 $lid
s-inkoop-2 pas-toe-leg-uit $lid
s-inkoop-3 2 $lid" "answers after the member's save (question value updated_by)"
assert_eq "$(sql "SELECT section_id, version, updated_by FROM round_sections WHERE round_id = $rd" | tr '\t' ' ')" \
	"s-inkoop 2 $lid" "round_sections after the member's save"

# From the last section, verder=ja goes to the summary before submitting.
monitor_form m 2026 o-energie
monitor_send m 2026 o-energie o-energie-duurzaam=1 o-energie-tenders="1 250" o-energie-spend=1.250.000 \
	o-energie-spend-circ=125,000 verder=ja
assert_status 303
assert_header Location "/monitor/2026/indienen?klaar=monitor.saved"
assert_eq "$(section_version "$rd" o-energie)" 1 "o-energie's version"
assert_eq "$(answers "$rd" | grep '^o-energie-' | tr '\t' ' ')" "o-energie-duurzaam 1 0 0
o-energie-spend 1250000 0 0
o-energie-spend-circ 125000 0 0
o-energie-tenders 1250 0 0" "o-energie's answers (amounts written 1 250, 1.250.000 and 125,000)"

http_as m GET "/monitor?format=xml"
assert_xpath "/page/rounds/round[@year='2026']/@status" draft
assert_xpath "/page/rounds/round[@year='2026']/@answered" 7
assert_eq "$(sql "SELECT COUNT(*) FROM scores WHERE round_id = $rd")" 0 "scores of the draft at the end"
