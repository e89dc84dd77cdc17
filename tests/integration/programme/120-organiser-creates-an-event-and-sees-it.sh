# The demo organiser creates an event with the form (POST
# /beheer/programma/nieuw with csrf): 303 to the event's organiser page
# with the "saved" notice; the row holds exactly what was typed (Dutch
# wall-clock times, an empty registration opening as NULL); the audit log
# names the organiser. The event is in /beheer/programma and, being open,
# in the public programme. A draft made the same way is only in
# /beheer/programma.
sign_in_as org organiser
me=$(sql "SELECT id FROM users WHERE email = '$(demo_email organiser)'")
title="Circulair inkopen van ICT-hardware $(unique nieuw)"
desc=$'Voor inkopers en contractmanagers ICT.\r\nTweede alinea: terugname, hergebruik en refurbished.'
post_form org /beheer/programma/nieuw event "title=$title" "description=$desc" kind=masterclass \
	audience=uitvoering starts_at=2027-10-05T13:30 ends_at=2027-10-05T17:00 \
	"place=Gemeentehuis Wageningen, Costerweg 65, Wageningen" online_url=https://meet.example.org/ict-2027 \
	capacity=25 per_org_limit=2 registration_opens_at= registration_closes_at=2027-09-28T23:59 \
	"notify_emails=$NOTIFY, inkoop@circulairgelderland.example" status=open
assert_status 303
loc=$(header Location)
id=$(sed -nE 's|^/beheer/programma/([0-9]+)\?klaar=event\.saved$|\1|p' <<<"$loc")
[ -n "$id" ] || fail "$REQ: Location '$loc', expected /beheer/programma/ID?klaar=event.saved"
on_exit "drop_event $id"
hex() { printf '%s' "$1" | od -An -tx1 -v | tr -d ' \n' | tr a-f A-F; }
want=$(printf '%s\t' "$title" "$(hex "${desc//$'\r'/}")" masterclass uitvoering "2027-10-05 13:30:00" \
	"2027-10-05 17:00:00" "Gemeentehuis Wageningen, Costerweg 65, Wageningen" https://meet.example.org/ict-2027 \
	25 2 NULL "2027-09-28 23:59:00" "$NOTIFY, inkoop@circulairgelderland.example" open)
assert_eq "$(event_row "$id")" "${want%$'\t'}" "the new event's row"
assert_eq "$(sql "SELECT CONCAT(confirmed_count, ' ', waiting_count) FROM events WHERE id = $id")" "0 0" "its counters"
assert_eq "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = 'event.created' AND subject_type = 'event'
	AND subject_id = $id AND actor_user_id = $me")" 1 "audit log rows for the new event"

http_as org GET "$loc"
assert_html_page 200
assert_body_has "$title"
http_as org GET "$loc&format=xml"
assert_xpath "/page/notice/@key" event.saved
assert_xpath "/page/event/@id" "$id"
http_as org GET "/beheer/programma?format=xml"
assert_status 200
assert_xpath "/page/events/event[@id='$id']/title" "$title"
http GET "/programma?format=xml"
assert_xpath "/page/events/event[@id='$id']/title" "$title"
assert_xpath "/page/events/event[@id='$id']/@registration" open
http GET "/programma/$id?format=xml"
assert_status 200
assert_xpath "/page/event/online-url" https://meet.example.org/ict-2027

post_form org /beheer/programma/nieuw event "title=Concept $title" kind=slotbijeenkomst audience=iedereen \
	starts_at=2027-12-01T14:00 ends_at=2027-12-01T17:00 "place=Arnhem" capacity=100 per_org_limit= \
	"notify_emails=$NOTIFY" status=draft
assert_status 303
draft=$(header Location | sed -nE 's|^/beheer/programma/([0-9]+)\?.*|\1|p')
[ -n "$draft" ] || fail "$REQ: Location '$(header Location)'"
on_exit "drop_event $draft"
assert_eq "$(sql "SELECT CONCAT(status, ' ', IFNULL(per_org_limit, 'NULL')) FROM events WHERE id = $draft")" \
	"draft NULL" "the draft's status and limit"
http_as org GET "/beheer/programma?format=xml"
assert_xpath "/page/events/event[@id='$draft']/@status" draft
http GET "/programma?format=xml"
assert_xpath "count(/page/events/event[@id='$draft'])" 0
http GET "/programma/$draft"
assert_error_page 404
