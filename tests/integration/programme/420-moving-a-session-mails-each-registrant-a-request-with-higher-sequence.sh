# Changing a session's time and place on the organisers' form mails
# every confirmed and waiting registrant (not the cancelled one), once,
# as the SMTP receiver got it: exactly this text with the organisers' own
# message and a management link of the registrant's own (it opens their
# registration; only its SHA-256 is stored, and the outbox keeps no usable
# copy once delivered), and the calendar attached: METHOD:REQUEST, the
# UID the event's calendar always had, SEQUENCE 1. The webhook gets
# event.changed with the event, its sessions and the registration's id
# and status. A save that changes no date, time or place (the capacity,
# the title) mails nothing.
py=$(ical_python)
new_event "capacity = 1"
ede=$(org_id GM0228) arnhem=$(org_id GM0202)
a=$(add_registration "$EVENT" "$ede" "Anna Bevestigd" "anna-$$@ede.example" confirmed)
b=$(add_registration "$EVENT" "$arnhem" "Bart Wachtend" "bart-$$@arnhem.example" waiting)
c=$(add_registration "$EVENT" "$arnhem" "Cees Geannuleerd" "cees-$$@arnhem.example" cancelled)
sign_in_as org organiser
message=$'Let op: we beginnen een half uur later, in de raadzaal.\nDe koffie staat vanaf 13.30 uur klaar.'
post_form org "/beheer/programma/$EVENT/bewerken" event starts_at=2027-09-14T14:00 ends_at=2027-09-14T17:30 \
	"place=Stadhuis Ede, raadzaal, Bergstraat 4, Ede" "change_message=$message"
assert_status 303
mapfile -t uuids < <(change_mails "$EVENT" event.changed)
assert_eq "${#uuids[@]}" 2 "event.changed mails"
assert_eq "$(sql "SELECT ics_sequence FROM events WHERE id = $EVENT")" 1 "the sequence"
host=${STACK_URL#*://}
host=${host%%[:/]*}
want() { # NAME
	printf '%s\n\n' "Beste $1," \
		"De datum, tijd of plaats van $EVENT_TITLE is gewijzigd. Uw aanmelding blijft staan. Zo ziet het programma er nu uit:
- dinsdag 14 september 2027, 14.00–17.30 uur, Stadhuis Ede, raadzaal, Bergstraat 4, Ede" \
		"Bericht van de organisatoren:
$message" \
		"De bijlage zet de wijziging in uw agenda." \
		"Bekijk of annuleer uw aanmelding via deze link:
LINK"
	printf '%s\n' "Met vriendelijke groet, het programmateam Circulair Inkopen Gelderland (CIMoLT)"
}
declare -A name=([$a]="Anna Bevestigd" [$b]="Bart Wachtend") status=([$a]=confirmed [$b]=waiting) \
	email=([$a]="anna-$$@ede.example" [$b]="bart-$$@arnhem.example")
for u in "${uuids[@]}"; do
	id=$(sql "SELECT JSON_VALUE(body, '$.data.registration.id') FROM outbox WHERE uuid = '$u'")
	[ -n "${name[$id]:-}" ] || fail "a mail to registration $id (the cancelled one is $c)"
	assert_eq "$(sql "SELECT JSON_VALUE(body, '$.mail.to[0]'), JSON_VALUE(body, '$.mail.subject') FROM outbox WHERE uuid = '$u'" | tr '\t' '|')" \
		"${email[$id]}|Gewijzigd: $EVENT_TITLE" "to and subject of $u"
	change_mail_check "$u" "$py" "$(want "${name[$id]}")" REQUEST 1 "cimolt-event-$EVENT@$host"
	# The link opens this registration; its hash is stored, the token is not.
	http GET "$LINK?format=xml"
	assert_status 200
	assert_xpath "/page/registration/@name" "${name[$id]}"
	assert_xpath "/page/registration/@status" "${status[$id]}"
	assert_eq "$(sql "SELECT registration_id FROM registration_links WHERE token_hash = UNHEX(SHA2('${LINK#/aanmelding/}', 256))")" \
		"$id" "the stored hash of the link of $u"
	assert_eq "$(sql "SELECT INSTR(body, '${LINK#/aanmelding/}') FROM outbox WHERE uuid = '$u'")" 0 \
		"the token in the delivered outbox row of $u"
	webhook_once "$u" event.changed
	assert_eq "$(json_at "$TEST_TMP/webhook-$u.json" '["data"]')" "$(python3 -m cimolt_test json-normal "{\"event\": {\"id\": $EVENT,
		\"title\": \"$EVENT_TITLE\", \"status\": \"open\", \"sequence\": 1, \"sessions\": [{\"uid\": \"cimolt-event-$EVENT\",
		\"starts_at\": \"2027-09-14 14:00:00\", \"ends_at\": \"2027-09-14 17:30:00\",
		\"place\": \"Stadhuis Ede, raadzaal, Bergstraat 4, Ede\"}]}, \"registration\": {\"id\": $id,
		\"status\": \"${status[$id]}\"}, \"message\": $(python3 -m cimolt_test json-string "$message")}")" "the webhook's data of $u"
done

# No date, time or place changed: no mail, whatever else did.
post_form org "/beheer/programma/$EVENT/bewerken" event capacity=40 "change_message=Meer plaatsen."
assert_status 303
post_form org "/beheer/programma/$EVENT/bewerken" event "title=$EVENT_TITLE (nieuw)"
assert_status 303
assert_eq "$(sql "SELECT COUNT(*) FROM outbox WHERE type IN ('event.changed', 'event.cancelled')
	AND JSON_VALUE(body, '$.data.event.id') = $EVENT")" 2 "change mails after saves without a move"
assert_eq "$(sql "SELECT ics_sequence FROM events WHERE id = $EVENT")" 2 "the sequence after a new title"
