# The form as an open relay: 20 anonymous POSTs, each for another address,
# with a name and job title that carry a message and a link. They queue 20
# mails, one to each address, all registration.verify, none with the
# attacker's text or link, and none to the organisers; nothing is
# confirmed, and once the holds run out, no place is taken.
new_event "capacity = 30" "per_org_limit = NULL"
zutphen=$(org_id GM0301)
before=$(sql "SELECT COALESCE(MAX(id), 0) FROM outbox")
for i in $(seq 1 20); do
	register anon "$EVENT" "$zutphen" "Win een prijs! Ga naar https://phish.example/$i" \
		"victim$i-$(unique v)@elders.example" "Klik op https://phish.example/job"
	pending "$EVENT" || fail "POST $i: status $STATUS, Location '$(header Location)'"
done
assert_eq "$(sql "SELECT CONCAT(COUNT(*), ' ', COUNT(DISTINCT JSON_VALUE(body, '$.mail.to[0]')))
	FROM outbox WHERE id > $before AND type = 'registration.verify'")" "20 20" "verify mails queued (and addresses)"
assert_eq "$(sql "SELECT COUNT(*) FROM outbox WHERE id > $before AND type <> 'registration.verify'
	AND (JSON_VALUE(body, '$.data.event.id') = $EVENT OR body LIKE '%phish.example%')")" 0 "other mails queued"
assert_eq "$(sql "SELECT COUNT(*) FROM outbox WHERE id > $before AND body LIKE '%phish.example%'")" 0 \
	"queued mails with the attacker's link"
outbox_settled 30 || fail "the outbox did not drain"
assert_eq "$(grep -l 'phish\.example' "$STACK_SMTP_DIR"/*.json 2>/dev/null | wc -l)" 0 "SMTP messages with the attacker's link"
assert_eq "$(grep -c 'phish\.example' "$STACK_WEBHOOK_LOG")" 0 "webhook POSTs with the attacker's link"
assert_eq "$(sql "SELECT CONCAT(confirmed_count, ' ', waiting_count, ' ', held_count) FROM events WHERE id = $EVENT")" \
	"0 0 20" "counters (confirmed, waiting, held)"
sql "UPDATE registrations SET hold_until = UTC_TIMESTAMP() - INTERVAL 1 SECOND WHERE event_id = $EVENT"
wait_for 10 eval '[ "$(sql "SELECT held_count FROM events WHERE id = $EVENT")" = 0 ]' ||
	fail "the held places were not given back within 10 s"
assert_eq "$(sql "SELECT CONCAT(COUNT(*), ' ', SUM(status = 'expired')) FROM registrations WHERE event_id = $EVENT")" \
	"20 20" "registrations (all, expired)"
http GET "/programma/$EVENT?format=xml"
assert_xpath "/page/event/places-left" 30
