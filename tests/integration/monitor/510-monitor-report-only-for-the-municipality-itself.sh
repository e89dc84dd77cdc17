# The report is the municipality's own, like the result page: a visitor
# who is not signed in is sent to sign in (303 to /inloggen?terug=PATH),
# the regional viewer and the organisers get the 403 page, a year without
# a questionnaire is 404, and a member of another municipality (Arnhem)
# gets Arnhem's report, with Arnhem's scores, never Ede's, also right
# after Ede's coordinator had Ede's report made (the kept page is per
# session). None of the refusals shows Ede's name or a score.
sign_in_as c coordinator
sign_in_as g regional
sign_in_as o organiser
email=$(unique arnhem)@arnhem.example
new_user "$email" "Arie Arnhem" GM0202 member "$STACK_DEMO_PASSWORD"
on_exit "sql \"UPDATE users SET disabled_at = UTC_TIMESTAMP() WHERE email = '$email'\""
sign_in a "$email" "$STACK_DEMO_PASSWORD"
assert_status 303
ede=$(round_of GM0228 2025) arn=$(round_of GM0202 2025)
[ -n "$ede" ] && [ -n "$arn" ] || fail "Ede and Arnhem have no 2025 rounds (the demo data makes them)"
overall() { sql "SELECT ROUND(score, 1) FROM scores WHERE round_id = $1 AND scope = 'overall'"; }

http_as c GET "/monitor/2025/rapport?format=xml"
assert_status 200
assert_eq "$(xpath '/page/report/@organisation') $(xpath '/page/scores/score[@scope="overall"]/@value')" "Ede $(overall "$ede")" "Ede's own report"
http_as c GET "/monitor/2025/rapport?lang=nl"
assert_html_page 200

http GET /monitor/2025/rapport
assert_status 303
assert_header Location "/inloggen?terug=/monitor/2025/rapport"
for who in g o; do
	http_as "$who" GET /monitor/2025/rapport
	assert_error_page 403
	assert_body_lacks "Ede"
	assert_body_lacks "cimolt-report"
done
http_as c GET /monitor/2016/rapport
assert_error_page 404

http_as a GET "/monitor/2025/rapport?lang=nl"
assert_html_page 200
assert_body_has "<dd>Arnhem</dd>"
assert_body_lacks "<dd>Ede</dd>"
http_as a GET "/monitor/2025/rapport?format=xml"
assert_eq "$(xpath '/page/report/@organisation') $(xpath '/page/scores/score[@scope="overall"]/@value')" "Arnhem $(overall "$arn")" "Arnhem's report"
