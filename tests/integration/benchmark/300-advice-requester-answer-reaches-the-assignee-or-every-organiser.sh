# The requester answers in the thread (POST /advies/aanvragen/ID): the
# answer is stored and queued as advice.message to every active
# organiser, reply-to the requester; once an organiser is assigned
# (/beheer/advies/ID/behandelaar), to that organiser alone. Only an
# active organiser can be assigned (another user id is 400); an empty
# choice assigns nobody.
sign_in_as c coordinator
sign_in_as o organiser
advice_request c monitor email "" "Hoe vullen wij de monitor in?"
http_as c POST "/advies/aanvragen/$REQUEST" --data-urlencode "csrf=$(csrf c)" --data-urlencode "bericht=Aanvulling een"
assert_status 303
assert_header Location "/advies/aanvragen/$REQUEST?klaar=advice.sent"
organisers=$(sql "SELECT GROUP_CONCAT(email ORDER BY email SEPARATOR ', ') FROM users WHERE role = 'organiser'
	AND disabled_at IS NULL AND password_hash IS NOT NULL")
got=$(advice_notices advice.message "$REQUEST")
assert_eq "$(tr ',' '\n' <<<"${got%%|*}" | sed 's/^ *//' | sort | paste -sd ',' - | sed 's/,/, /g')" "$organisers" \
	"advice.message goes to every organiser"
assert_eq "${got#*|}" "Reactie op de adviesvraag van Ede: De monitor" "its subject"
assert_eq "$(sql "SELECT JSON_EXTRACT(body, '$.mail.reply_to') FROM outbox WHERE type = 'advice.message'
	AND JSON_VALUE(body, '$.data.request.id') = $REQUEST")" "\"$(demo_email coordinator)\"" "reply-to the requester"

olaf=$(sql "SELECT id FROM users WHERE email = '$(demo_email organiser)'")
member=$(sql "SELECT id FROM users WHERE email = '$(demo_email member)'")
http_as o POST "/beheer/advies/$REQUEST/behandelaar" --data-urlencode "csrf=$(csrf o)" --data "behandelaar=$member"
assert_html_page 400
http_as o POST "/beheer/advies/$REQUEST/behandelaar" --data-urlencode "csrf=$(csrf o)" --data "behandelaar=$olaf"
assert_status 303
assert_header Location "/beheer/advies/$REQUEST?klaar=advice.assigned"
assert_eq "$(sql "SELECT assignee_id FROM advice_requests WHERE id = $REQUEST")" "$olaf" "the assignee"
http_as c POST "/advies/aanvragen/$REQUEST" --data-urlencode "csrf=$(csrf c)" --data-urlencode "bericht=Aanvulling twee"
assert_status 303
assert_eq "$(advice_notices advice.message "$REQUEST" | tail -n 1)" \
	"$(demo_email organiser)|Reactie op de adviesvraag van Ede: De monitor" "advice.message to the assignee alone"
assert_eq "$(advice_notice_json advice.message "$REQUEST" '$.data.message')" '"Aanvulling twee"' "the answer"
http_as o POST "/beheer/advies/$REQUEST/behandelaar" --data-urlencode "csrf=$(csrf o)" --data "behandelaar="
assert_status 303
assert_eq "$(sql "SELECT IFNULL(assignee_id, 'none') FROM advice_requests WHERE id = $REQUEST")" none "no assignee"
http_as c POST "/advies/aanvragen/$REQUEST" --data-urlencode "csrf=$(csrf c)" --data-urlencode "bericht= "
assert_html_page 422
assert_eq "$(sql "SELECT COUNT(*) FROM advice_messages WHERE request_id = $REQUEST")" 2 "an empty answer stores nothing"
