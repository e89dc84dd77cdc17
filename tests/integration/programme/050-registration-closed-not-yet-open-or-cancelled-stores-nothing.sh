# Registering is refused, with a clear message and nothing stored (no row,
# no notice, counters unchanged), also when asking for the waiting list:
# when the event is closed, when its registration closed yesterday, when it
# has begun (no closing time), when registration opens only tomorrow, and
# when it is cancelled. Each event page says so in its registration state;
# a draft does not exist for the public (404).
ede=$(org_id GM0228)
cases="status = 'closed'|closed|register.closed
registration_closes_at = NOW() - INTERVAL 1 DAY|closed|register.closed
starts_at = NOW() - INTERVAL 1 HOUR, registration_closes_at = NULL|closed|register.closed
registration_opens_at = NOW() + INTERVAL 1 DAY|not-yet|register.not-yet
status = 'cancelled'|cancelled|register.cancelled"
n=0
while IFS='|' read -r set state key; do
	n=$((n + 1))
	new_event "$set"
	queued=$(sql "SELECT COUNT(*) FROM outbox")
	http GET "/programma/$EVENT?format=xml"
	assert_status 200
	assert_xpath "/page/event/@registration" "$state"
	for wait in no yes; do
		register anon "$EVENT" "$ede" "Tom Telaat" "telaat$n-$$@ede.example" Inkoper \
			--data-urlencode "wachtlijst=$wait"
		assert_html_page 422
		assert_message "$key"
		register anon "$EVENT" "$ede" "Tom Telaat" "telaat$n-$$@ede.example" Inkoper \
			--data-urlencode "wachtlijst=$wait" -H 'Accept: application/xml'
		assert_status 422
		assert_xpath "/page/form[@name='register']/error/@key" "$key"
	done
	assert_eq "$(regs "$EVENT")" "" "registrations when $set"
	assert_counters "$EVENT" 0 0
	assert_eq "$(sql "SELECT COUNT(*) FROM outbox")" "$queued" "outbox rows when $set"
done <<<"$cases"

new_event "status = 'draft'"
for path in "/programma/$EVENT" "/programma/$EVENT/aanmelden" "/programma/$EVENT.ics"; do
	http GET "$path"
	assert_error_page 404
done
register anon "$EVENT" "$ede" "Tom Telaat" "concept-$$@ede.example" Inkoper
assert_error_page 404
assert_eq "$(regs "$EVENT")" "" "registrations for a draft"
