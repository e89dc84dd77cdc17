# An organiser answers in the thread (/beheer/advies/ID/antwoord): the
# reply is stored, shown to the requester's municipality at
# /advies/aanvragen/ID and queued once as advice.replied to the
# requester with the reply's text. An internal note (/notitie) is stored
# and shown to the organisers only: not in the requester's page (HTML or
# XML) and in no message.
sign_in_as m member
sign_in_as o organiser
advice_request m gww email "" "Welke criteria passen bij wegonderhoud?"
http_as o POST "/beheer/advies/$REQUEST/antwoord" --data-urlencode "csrf=$(csrf o)" \
	--data-urlencode "bericht=Kijk naar de MKI-eis in het bestek."
assert_status 303
assert_header Location "/beheer/advies/$REQUEST?klaar=advice.sent"
note="Intern: $(unique notitie)"
http_as o POST "/beheer/advies/$REQUEST/notitie" --data-urlencode "csrf=$(csrf o)" --data-urlencode "bericht=$note"
assert_status 303
assert_header Location "/beheer/advies/$REQUEST?klaar=advice.noted"
olaf=$(sql "SELECT id FROM users WHERE email = '$(demo_email organiser)'")
assert_eq "$(sql "SELECT GROUP_CONCAT(CONCAT(kind, ':', author_id, ':', body) ORDER BY id SEPARATOR '|')
	FROM advice_messages WHERE request_id = $REQUEST")" \
	"reply:$olaf:Kijk naar de MKI-eis in het bestek.|note:$olaf:$note" "the thread's rows"

assert_eq "$(advice_notices advice.replied "$REQUEST")" \
	"$(demo_email member)|Antwoord op uw adviesvraag over Grond-, weg- en waterbouw" "advice.replied rows"
assert_eq "$(advice_notice_json advice.replied "$REQUEST" '$.data.message')" '"Kijk naar de MKI-eis in het bestek."' \
	"the reply in advice.replied"
assert_eq "$(sql "SELECT COUNT(*) FROM outbox WHERE body LIKE '%$note%'")" 0 "messages with the note"

http_as m GET "/advies/aanvragen/$REQUEST?format=xml"
assert_status 200
assert_xpath "count(/page/messages/message)" 1
assert_xpath "/page/messages/message[1]/@kind" reply
assert_xpath "/page/messages/message[1]/@by" organiser
assert_xpath "/page/messages/message[1]" "Kijk naar de MKI-eis in het bestek."
http_as m GET "/advies/aanvragen/$REQUEST"
assert_html_page 200
assert_body_has "Kijk naar de MKI-eis in het bestek."
assert_body_lacks "$note"
http_as o GET "/beheer/advies/$REQUEST"
assert_html_page 200
assert_body_has "$note"
