# The event form has "Wie kan zich aanmelden" (open_to): an organiser
# makes an event open to everyone (303; the row says everyone, the audit
# log has the change), and the public form becomes register-open; a value
# not offered is 422 with field.choice next to it, the row unchanged. A
# post without the field keeps what the event had.
new_event
sign_in_as org organiser
http_as org GET "/beheer/programma/$EVENT/bewerken?format=xml"
assert_status 200
assert_xpath "/page/form[@name='event']/field[@name='open_to']/@value" municipalities
assert_xpath "count(/page/form[@name='event']/field[@name='open_to']/option)" 2

post_form org "/beheer/programma/$EVENT/bewerken" event open_to=nobody
assert_html_page 422
assert_field_error event open_to "$(message field.choice "$(message form.event.open_to.label)")"
assert_eq "$(sql "SELECT open_to FROM events WHERE id = $EVENT")" municipalities "open_to after the bad post"

post_form org "/beheer/programma/$EVENT/bewerken" event open_to=everyone per_org_limit=
assert_status 303
assert_eq "$(sql "SELECT CONCAT(open_to, ' ', IFNULL(per_org_limit, 'NULL')) FROM events WHERE id = $EVENT")" \
	"everyone NULL" "the event after the change"
http GET "/programma/$EVENT/aanmelden?format=xml"
assert_xpath "count(/page/form[@name='register-open'])" 1

http_as org GET "/beheer/programma/$EVENT/bewerken?format=xml"
send_form org "/beheer/programma/$EVENT/bewerken" "title=$EVENT_TITLE" kind=masterclass audience=uitvoering \
	starts_at=2027-09-14T13:30 ends_at=2027-09-14T17:00 "place=Stadhuis Ede" capacity=30 \
	"notify_emails=$NOTIFY" status=open
assert_status 303
assert_eq "$(sql "SELECT open_to FROM events WHERE id = $EVENT")" everyone "open_to after a post without it"
