# An organiser reopens a submitted round: /beheer/monitor lists it
# (submitted), POST /beheer/monitor/ID/heropenen answers 303 to
# /beheer/monitor?klaar=round.reopened, the round is a draft again (not
# submitted by anyone), its answers stay, and an audit row names the
# organiser and the round. The coordinator can then save and submit it
# again.
fresh_round GM0228 2026
sign_in_as c coordinator
sign_in_as o organiser
org=$(sql "SELECT id FROM users WHERE email = '$(demo_email organiser)'")
monitor_save c 2026 s-beleid s-beleid-1=3 s-beleid-2=ja
http_as c POST /monitor/2026/indienen --data-urlencode "csrf=$(csrf c)"
assert_status 303
rd=$(round_of GM0228 2026)
answers "$rd" >"$TEST_TMP/answers-before"

http_as o GET "/beheer/monitor?format=xml"
assert_status 200
assert_xpath "/page/rounds/round[@id='$rd']/@organisation" Ede
assert_xpath "/page/rounds/round[@id='$rd']/@year" 2026
assert_xpath "/page/rounds/round[@id='$rd']/@status" submitted

http_as o POST "/beheer/monitor/$rd/heropenen" --data-urlencode "csrf=$(csrf o)"
assert_status 303
assert_header Location "/beheer/monitor?klaar=round.reopened"
assert_eq "$(sql "SELECT status, IFNULL(submitted_at, 'NULL'), IFNULL(submitted_by, 'NULL') FROM rounds
	WHERE id = $rd" | tr '\t' ' ')" "draft NULL NULL" "the round (status, submitted_at, submitted_by)"
assert_eq "$(answers "$rd")" "$(cat "$TEST_TMP/answers-before")" "the round's answers"
assert_eq "$(sql "SELECT actor_user_id, action, subject_type, subject_id FROM audit_log
	WHERE action = 'round.reopened' AND subject_id = $rd" | tr '\t' ' ')" \
	"$org round.reopened round $rd" "the audit row"
http_as o GET "/beheer/monitor?format=xml"
assert_xpath "/page/rounds/round[@id='$rd']/@status" draft

# The coordinator fills in on and submits again.
monitor_save c 2026 s-beleid s-beleid-3=4
http_as c POST /monitor/2026/indienen --data-urlencode "csrf=$(csrf c)"
assert_status 303
assert_eq "$(sql "SELECT status FROM rounds WHERE id = $rd")" submitted "the round's status after submitting again"
assert_eq "$(sql "SELECT score, answered FROM scores WHERE round_id = $rd AND scope = 'overall'" | tr '\t' ' ')" \
	"87.500 3" "the overall score after submitting again ((2x75 + 100 + 100) / 4, 3 answered)"
