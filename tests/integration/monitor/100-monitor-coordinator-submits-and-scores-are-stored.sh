# Ede's coordinator submits the 2026 round: 303 to
# /monitor/2026/resultaat?klaar=monitor.submitted, the round is submitted
# (by them, now), an audit row says so, and the scores are stored, here
# checked against a hand computation: answered are s-beleid-1 (maturity 3,
# weight 2: 75), s-beleid-2 (yes, weight 1: 100), s-beleid-3 (maturity 1,
# weight 1: 25) and o-gww-gunning (maturity 2, weight 2: 50), so
#   overall      (2x75 + 100 + 25 + 2x50) / 6 = 62.5   (4 of 37 answered)
#   strategisch  and the theme algemeen-beleid: 275 / 4 = 68.75
#   operationeel and the category gww: 50
#   share of gww 250,000 / 1,000,000 = 25%, overall the same
# and every group without an answer has no score (NULL), with its count of
# scored questions. The result page shows them.
fresh_round GM0228 2026
sign_in_as c coordinator
cor=$(sql "SELECT id FROM users WHERE email = '$(demo_email coordinator)'")
monitor_save c 2026 s-beleid s-beleid-1=3 s-beleid-2=ja s-beleid-3=1
monitor_save c 2026 o-gww o-gww-tenders=10 o-gww-tenders-circ=4 o-gww-spend=1000000 \
	o-gww-spend-circ=250000 o-gww-gunning=2
rd=$(round_of GM0228 2026)

http_as c POST /monitor/2026/indienen --data-urlencode "csrf=$(csrf c)"
assert_status 303
assert_header Location "/monitor/2026/resultaat?klaar=monitor.submitted"
assert_eq "$(sql "SELECT status, submitted_by, submitted_at <= UTC_TIMESTAMP(),
	submitted_at > UTC_TIMESTAMP() - INTERVAL 1 MINUTE FROM rounds WHERE id = $rd" | tr '\t' ' ')" \
	"submitted $cor 1 1" "the round (status, submitted_by, submitted now)"
assert_eq "$(sql "SELECT actor_user_id, action, subject_type, subject_id, detail FROM audit_log
	WHERE subject_type = 'round' AND subject_id = $rd" | tr '\t' ' ')" \
	"$cor round.submitted round $rd 2026" "the audit row"
assert_eq "$(sql "SELECT scope, scope_key, IFNULL(score, 'NULL'), answered, total FROM scores
	WHERE round_id = $rd ORDER BY scope, scope_key" | tr '\t' ' ')" "overall  62.500 4 37
level operationeel 50.000 1 13
level strategisch 68.750 3 24
theme algemeen-beleid 68.750 3 3
theme ambitie-aanpak NULL 0 5
theme borging NULL 0 5
theme communicatie NULL 0 3
theme inkoopbeleid NULL 0 4
theme samenwerking NULL 0 4
category bouw NULL 0 3
category energie NULL 0 2
category gww 50.000 1 3
category kantoor-fm NULL 0 3
category mobiliteit NULL 0 2
share bouw NULL 0 1
share energie NULL 0 1
share gww 25.000 1 1
share kantoor-fm NULL 0 1
share mobiliteit NULL 0 1
share overall 25.000 1 1" "the scores (scope key score answered total)"

http_as c GET "/monitor/2026/resultaat?klaar=monitor.submitted"
assert_html_page 200
assert_message monitor.submitted
http_as c GET "/monitor/2026/resultaat?format=xml"
assert_status 200
assert_xpath "/page/round/@status" submitted
assert_xpath "/page/target" 10
assert_xpath "count(/page/scores/score)" 20
assert_xpath "/page/scores/score[@scope='overall']/@value" 62.5
assert_xpath "/page/scores/score[@scope='theme'][@key='algemeen-beleid']/@value" 68.8
assert_xpath "/page/scores/score[@scope='share'][@key='overall']/@value" 25.0
assert_xpath "count(/page/scores/score[@scope='theme'][@key='borging']/@value)" 0
http_as c GET "/monitor?format=xml"
assert_xpath "/page/rounds/round[@year='2026']/@status" submitted
