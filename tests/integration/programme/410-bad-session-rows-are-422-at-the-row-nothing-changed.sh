# Bad session rows on the organisers' event form get the form again (422)
# with the message at the field of the row and the typed value kept, and
# change nothing (events, sessions, registrations, audit log, outbox),
# when editing an event or creating one: a start without an end or an end
# without a start, an end before or at the start, an impossible date, no
# place for an event without an online address, a place over 200
# characters; and a message to the registrants over 2,000 characters.
# The labels name the row ("Einde van dagdeel 2"). A new event's form has
# no message field: one posted to it is ignored.
new_event
add_confirmed "$EVENT" "$(org_id GM0228)" Een "een-$$@ede.example"
sign_in_as org organiser
long=$(printf 'p%.0s' $(seq 201))
cases="starts_at_2=2027-09-21T13:30 place_2=Ede|ends_at_2 field.required
ends_at_2=2027-09-21T17:00 place_2=Ede|starts_at_2 field.required
starts_at_2=2027-09-21T13:30 ends_at_2=2027-09-21T13:00 place_2=Ede|ends_at_2 field.ends-before-start
starts_at_2=2027-09-21T13:30 ends_at_2=2027-09-21T13:30 place_2=Ede|ends_at_2 field.ends-before-start
starts_at_2=2027-02-30T13:30 ends_at_2=2027-09-21T17:00 place_2=Ede|starts_at_2 field.datetime
starts_at_2=2027-09-21T13:30 ends_at_2=2027-09-21T17:00 place_2=|place_2 field.place-or-url
starts_at_3=2027-09-21T13:30 ends_at_3=2027-09-21T17:00 place_3=$long|place_3 field.text.invalid
starts_at=2027-09-14T14:00 change_message=$(printf 'm%.0s' $(seq 2001))|change_message field.text.invalid"
state() {
	table_digest events event_sessions registrations
	sql "SELECT COUNT(*) FROM audit_log; SELECT COUNT(*) FROM outbox"
}
before=$(state)
n=0
while IFS='|' read -r sets want; do
	read -ra set <<<"$sets"
	n=$((n + 1))
	paths=("/beheer/programma/$EVENT/bewerken")
	# A new event too, for the first and the last case.
	case $n in 1 | 7) paths+=(/beheer/programma/nieuw) ;; esac
	for path in "${paths[@]}"; do
		extra=()
		[ "$path" = /beheer/programma/nieuw ] && extra=("title=Nieuw $$" audience=beleid \
			starts_at=2027-09-14T13:30 ends_at=2027-09-14T17:00 place=Ede capacity=20)
		# Row 3 is shown only after row 2 is filled: post it as typed.
		post_form org "$path" event "${extra[@]}" "${set[@]}" -- -H 'Accept: application/xml'
		[ "$STATUS" = 303 ] && on_exit "drop_event $(event_id_of_location)"
		REQ="$REQ with $sets"
		assert_status 422
		assert_eq "$(form_errors event)" "$want" "$REQ: errors"
		field=${want%% *}
		for s in "${set[@]}"; do
			[ "${s%%=*}" = "$field" ] && assert_eq "$(field_value event "$field")" "${s#*=}" "$REQ: value kept"
		done
	done
done <<<"$cases"
assert_eq "$(state)" "$before" "events, sessions, registrations, audit log, outbox after the bad posts"

# As HTML: the message names the row, next to its field.
post_form org "/beheer/programma/$EVENT/bewerken" event starts_at_2=2027-09-21T13:30 place_2=Ede
assert_html_page 422
assert_field_error event ends_at_2 "$(python3 -m cimolt_test message nl field.required "Einde van dagdeel 2")"

post_form org /beheer/programma/nieuw event "title=Nieuw $$" audience=beleid starts_at=2027-09-14T13:30 \
	ends_at=2027-09-14T17:00 place=Ede capacity=20 "change_message=$(printf 'm%.0s' $(seq 2001))"
assert_status 303
on_exit "drop_event $(event_id_of_location)"
