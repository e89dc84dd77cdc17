# A move whose new person does not use the link in time: the pending
# registration expires (hold_hours), the old registration keeps its place,
# nobody gets a transfer mail, the counters do not move, and the place can
# be passed on again. When the old registration is cancelled before the
# link is used, the new person is decided by the usual rules (here: the
# place freed went to the first on the waiting list, so the new person
# waits).
new_event "capacity = 1"
ede=$(org_id GM0228) arnhem=$(org_id GM0202)
registered anon "$EVENT" "$ede" "Anna Oud" "anna-$$@ede.example" Inkoper
anna=$TOKEN
registered anon "$EVENT" "$arnhem" "Wim Wacht" "wim-$$@arnhem.example" Inkoper
sign_in_as coord coordinator
move() { # NAME EMAIL
	http_as coord POST "/gemeente/programma/$EVENT/$(reg_by_token "$anna" id)/verplaatsen" --data-urlencode "csrf=$(csrf coord)" \
		--data-urlencode "naam=$1" --data-urlencode "email=$2" --data-urlencode "functie=Inkoper"
	assert_status 303
}
link_of() { # EMAIL: sets LINK from the transfer-request mail to EMAIL
	local uuid
	uuid=$(sql "SELECT uuid FROM outbox WHERE type = 'registration.transfer-request' AND JSON_VALUE(body, '$.mail.to[0]') = '$1'")
	[ -n "$uuid" ] || fail "no registration.transfer-request to $1"
	mail_link "$uuid" aanmelding
}

move "Late Laura" "laura-$$@ede.example"
link_of "laura-$$@ede.example"
sql "UPDATE registrations SET hold_until = UTC_TIMESTAMP() - INTERVAL 1 MINUTE WHERE email = 'laura-$$@ede.example'"
http_as laura POST "$LINK/bevestigen" --data-urlencode "csrf=$(csrf laura)"
assert_status 303
assert_eq "$(reg_of "$EVENT" "laura-$$@ede.example" status)" expired "Laura after her time"
assert_eq "$(reg_by_token "$anna" status)" confirmed "Anna"
assert_eq "$(reg_of "$EVENT" "wim-$$@arnhem.example" status)" waiting "Wim"
assert_counters "$EVENT" 1 1
assert_eq "$(sql "SELECT COUNT(*) FROM outbox WHERE type IN ('registration.transfer', 'registration.cancelled')
	AND JSON_VALUE(body, '$.data.event.id') = $EVENT")" 0 "transfer and cancellation notices"

# Passed on again, but Anna cancels before the new person uses the link.
move "Karel Keer" "karel-$$@ede.example"
link_of "karel-$$@ede.example"
cancel_link anon "$anna"
assert_eq "$(reg_of "$EVENT" "wim-$$@arnhem.example" status)" confirmed "Wim, promoted when Anna cancelled"
http_as karel POST "$LINK/bevestigen" --data-urlencode "csrf=$(csrf karel)"
assert_status 303
assert_eq "$(reg_of "$EVENT" "karel-$$@ede.example" status)" waiting "Karel, decided by the usual rules"
assert_counters "$EVENT" 1 1
assert_eq "$(sql "SELECT COUNT(*) FROM outbox WHERE type = 'registration.transfer'
	AND JSON_VALUE(body, '$.data.event.id') = $EVENT")" 0 "transfer notices"
