# [registration] per_address_per_hour = 2: one e-mail address gets at
# most 2 registration links an hour, whichever client asks and for
# whichever event. The 3rd (from a third client address, for a third
# event) gets 429, naming the limit (2); nothing is stored or mailed.
registration_config per_address_per_hour=2
zutphen=$(org_id GM0301)
victim=$(unique victim)@zutphen.example
for i in 1 2 3; do
	new_event
	events[$i]=$EVENT
done
for i in 1 2; do
	register_from "127.2.$i.$((RANDOM % 250 + 2))" anon "${events[$i]}" "$zutphen" "Iemand $i" "$victim" Inkoper
	pending "${events[$i]}" || fail "registration $i of $victim: status $STATUS, Location '$(header Location)'"
done
queued=$(sql "SELECT COUNT(*) FROM outbox")
register_from "127.2.3.$((RANDOM % 250 + 2))" anon "${events[3]}" "$zutphen" "Iemand 3" "$victim" Inkoper
assert_html_page 429
assert_message register.throttled.address 2
assert_eq "$(sql "SELECT COUNT(*) FROM registrations WHERE event_id = ${events[3]}")" 0 "registrations for the 3rd event"
assert_eq "$(sql "SELECT COUNT(*) FROM outbox")" "$queued" "outbox rows after the 3rd"
assert_eq "$(sql "SELECT COUNT(*) FROM outbox WHERE type = 'registration.verify' AND JSON_VALUE(body, '$.mail.to[0]') = '$victim'")" 2 \
	"links mailed to $victim"
