# [registration] per_client_per_hour = 3: a client address (nginx's
# REMOTE_ADDR; here a loopback address of the test's own) may store 3
# public registrations an hour. The 4th POST from it, for a new address,
# gets 429 with the project's error page, whose text names the limit (3);
# nothing is stored and no mail queued. Another client address may still
# register.
registration_config per_client_per_hour=3
new_event "per_org_limit = NULL"
zutphen=$(org_id GM0301)
client=127.0.$((RANDOM % 250 + 2)).$((RANDOM % 250 + 2))
sql "DELETE FROM throttle_events WHERE kind = 'registration' AND address = '$client'"
for i in 1 2 3; do
	register_from "$client" anon "$EVENT" "$zutphen" "Klant $i" "client$i-$(unique c)@zutphen.example" Inkoper
	pending "$EVENT" || fail "registration $i from $client: status $STATUS, Location '$(header Location)'"
done
rows=$(regs "$EVENT")
queued=$(sql "SELECT COUNT(*) FROM outbox")
register_from "$client" anon "$EVENT" "$zutphen" "Klant 4" "client4-$(unique c)@zutphen.example" Inkoper
assert_html_page 429
assert_message register.throttled.client 3
register_from "$client" anon "$EVENT" "$zutphen" "Klant 4" "client4-$(unique c)@zutphen.example" Inkoper -H 'Accept: application/xml'
assert_status 429
assert_xpath "/page/error/why/@key" register.throttled.client
assert_xpath "/page/error/why/@arg" 3
assert_eq "$(regs "$EVENT")" "$rows" "registrations after the 4th"
assert_eq "$(sql "SELECT COUNT(*) FROM outbox")" "$queued" "outbox rows after the 4th"

other=127.1.$((RANDOM % 250 + 2)).$((RANDOM % 250 + 2))
register_from "$other" anon "$EVENT" "$zutphen" "Klant 5" "client5-$(unique c)@zutphen.example" Inkoper
pending "$EVENT" || fail "a registration from $other: status $STATUS, Location '$(header Location)'"
