# Setting an event of two sessions to cancelled on the organisers' form
# mails every confirmed and waiting registrant once, as the SMTP receiver
# got it: exactly this text with the organisers' message and the
# registrant's own management link (it opens the registration), and the
# calendar attached: METHOD:CANCEL, both sessions' UIDs, SEQUENCE 1,
# STATUS:CANCELLED. The webhook gets event.cancelled. Saving the
# cancelled event again sends nothing more.
py=$(ical_python)
new_event "capacity = 1"
sql "INSERT INTO event_sessions (event_id, uid_key, starts_at, ends_at, place) VALUES
	($EVENT, 'cimolt-event-$EVENT', '2027-09-14 13:30:00', '2027-09-14 17:00:00', 'Stadhuis Ede, Bergstraat 4, Ede'),
	($EVENT, 'cimolt-event-$EVENT-tweede', '2027-09-21 13:30:00', '2027-09-21 17:00:00', 'Stadhuis Arnhem');
	UPDATE events SET ends_at = '2027-09-21 17:00:00' WHERE id = $EVENT"
a=$(add_registration "$EVENT" "$(org_id GM0228)" "Anna Bevestigd" "anna-$$@ede.example" confirmed)
b=$(add_registration "$EVENT" "$(org_id GM0202)" "Bart Wachtend" "bart-$$@arnhem.example" waiting)
add_registration "$EVENT" "$(org_id GM0202)" "Cees Geannuleerd" "cees-$$@arnhem.example" cancelled >/dev/null
sign_in_as org organiser
message="Door te weinig aanmeldingen gaat de masterclass niet door. In het najaar volgt een nieuwe datum."
post_form org "/beheer/programma/$EVENT/bewerken" event status=cancelled "change_message=$message"
assert_status 303
mapfile -t uuids < <(change_mails "$EVENT" event.cancelled)
assert_eq "${#uuids[@]}" 2 "event.cancelled mails"
host=${STACK_URL#*://}
host=${host%%[:/]*}
want() { # NAME
	printf '%s\n\n' "Beste $1," \
		"$EVENT_TITLE gaat niet door. De organisatoren hebben de bijeenkomst afgelast." \
		"Bericht van de organisatoren:
$message" \
		"De bijlage haalt de bijeenkomst uit uw agenda." \
		"Bekijk of annuleer uw aanmelding via deze link:
LINK"
	printf '%s\n' "Met vriendelijke groet, het programmateam Circulair Inkopen Gelderland (CIMoLT)"
}
declare -A name=([$a]="Anna Bevestigd" [$b]="Bart Wachtend") status=([$a]=confirmed [$b]=waiting)
for u in "${uuids[@]}"; do
	id=$(sql "SELECT JSON_VALUE(body, '$.data.registration.id') FROM outbox WHERE uuid = '$u'")
	[ -n "${name[$id]:-}" ] || fail "a mail to registration $id"
	assert_eq "$(sql "SELECT JSON_VALUE(body, '$.mail.subject') FROM outbox WHERE uuid = '$u'")" \
		"Gaat niet door: $EVENT_TITLE" "the subject of $u"
	change_mail_check "$u" "$py" "$(want "${name[$id]}")" CANCEL 1 \
		"cimolt-event-$EVENT@$host" "cimolt-event-$EVENT-tweede@$host"
	http GET "$LINK?format=xml"
	assert_status 200
	assert_xpath "/page/registration/@name" "${name[$id]}"
	webhook_once "$u" event.cancelled
	assert_eq "$(json_at "$TEST_TMP/webhook-$u.json" '["data"]["event"]')" "$(python3 -m cimolt_test json-normal "{\"id\": $EVENT,
		\"title\": \"$EVENT_TITLE\", \"status\": \"cancelled\", \"sequence\": 1, \"sessions\": [{\"uid\": \"cimolt-event-$EVENT\",
		\"starts_at\": \"2027-09-14 13:30:00\", \"ends_at\": \"2027-09-14 17:00:00\",
		\"place\": \"Stadhuis Ede, Bergstraat 4, Ede\"}, {\"uid\": \"cimolt-event-$EVENT-tweede\",
		\"starts_at\": \"2027-09-21 13:30:00\", \"ends_at\": \"2027-09-21 17:00:00\", \"place\": \"Stadhuis Arnhem\"}]}")" \
		"the event in the webhook's data of $u"
	assert_eq "$(json_at "$TEST_TMP/webhook-$u.json" '["data"]["registration"]')" \
		"{\"id\": $id, \"status\": \"${status[$id]}\"}" "the registration in the webhook's data of $u"
done

# Saved again, still cancelled: nothing more.
post_form org "/beheer/programma/$EVENT/bewerken" event "change_message=Nogmaals."
assert_status 303
assert_eq "$(sql "SELECT COUNT(*) FROM outbox WHERE type IN ('event.changed', 'event.cancelled')
	AND JSON_VALUE(body, '$.data.event.id') = $EVENT")" 2 "change mails after saving the cancelled event again"
