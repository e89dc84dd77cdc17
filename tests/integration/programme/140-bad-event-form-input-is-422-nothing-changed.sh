# Bad input on the organisers' event form gets the form again (422) with
# the error at the bad field and the typed value kept, and changes
# nothing, when editing an event or creating one: an end before (or at)
# the start, an impossible date, a capacity below the confirmed count or
# not a whole number of at least 1 (the limit too), a title over 200
# characters, an online address that is not http(s), a notification
# address that is not one, an unknown kind or status.
new_event "capacity = 5"
add_confirmed "$EVENT" "$(org_id GM0228)" Een "een-$$@ede.example"
add_confirmed "$EVENT" "$(org_id GM0202)" Twee "twee-$$@arnhem.example"
sign_in_as org organiser
cases="ends_at=2027-09-14T12:00|ends_at field.ends-before-start
ends_at=2027-09-14T13:30|ends_at field.ends-before-start
starts_at=2027-02-30T10:00|starts_at field.datetime
capacity=1|capacity field.capacity-below-confirmed|edit
capacity=0|capacity field.number
capacity=twee|capacity field.number
online_url=ftp://files.example.org/x|online_url field.url
online_url=javascript:alert(1)|online_url field.url
online_url=https://|online_url field.url
notify_emails=programma@|notify_emails field.email-list
notify_emails=$NOTIFY; inkoop@circulairgelderland.example|notify_emails field.email-list
notify_emails=|notify_emails field.required
per_org_limit=0|per_org_limit field.number
registration_closes_at=morgen|registration_closes_at field.datetime
title=$(printf 'x%.0s' $(seq 201))|title field.text.invalid
kind=lezing|kind field.choice
status=verwijderd|status field.choice"
# What a saved event form changes: the events and their registrations,
# the audit log, the outbox.
state() {
	table_digest events registrations
	sql "SELECT COUNT(*) FROM audit_log; SELECT COUNT(*) FROM outbox"
}
before=$(state)
while IFS='|' read -r set want only; do
	for path in "/beheer/programma/$EVENT/bewerken" /beheer/programma/nieuw; do
		# A new event has no confirmed registrations to stay above.
		[ "$only" = edit ] && [ "$path" = /beheer/programma/nieuw ] && continue
		extra=()
		[ "$path" = /beheer/programma/nieuw ] && extra=("title=Nieuw $$" audience=beleid \
			starts_at=2027-09-14T13:30 ends_at=2027-09-14T17:00 place=Ede capacity=20 "notify_emails=$NOTIFY")
		post_form org "$path" event "${extra[@]}" "$set" -- -H 'Accept: application/xml'
		[ "$STATUS" = 303 ] && on_exit "drop_event $(header Location | sed -nE 's|^/beheer/programma/([0-9]+).*|\1|p')"
		REQ="$REQ with $set"
		assert_status 422
		assert_eq "$(form_errors event)" "$want" "$path with $set: errors"
		assert_eq "$(field_value event "${set%%=*}")" "${set#*=}" "$path with $set: value kept"
		post_form org "$path" event "${extra[@]}" "$set"
		[ "$STATUS" = 303 ] && on_exit "drop_event $(header Location | sed -nE 's|^/beheer/programma/([0-9]+).*|\1|p')"
		REQ="$REQ with $set"
		assert_html_page 422
		# The message is next to the field; a select keeps no unknown value.
		assert_field_error event "${set%%=*}" "" "${set#*=}"
		assert_eq "$(state)" "$before" "POST $path with $set: events, registrations, audit log, outbox"
	done
done <<<"$cases"
