# The courier is killed twice while the (slow) webhook receiver is in the
# middle of a POST; the message then goes out a third time. The receiver
# got three POSTs, and the delivery log, in the database and on the
# page of the message, shows three webhook attempts: the two cut off without
# a result, the last one 200.
outbox_settled || fail "the outbox still has pending rows"
webhook_delay 3000
on_exit 'webhook_delay 0'
invite "$(unique cutoff)@ede.example"

# in_transfer PID: PID has a connection open to the webhook receiver.
in_transfer() {
	ss -tnpH state established "( dport = :$STACK_WEBHOOK_PORT )" | grep -q "pid=$1,"
}
for kill in 1 2; do
	c=$(courier)
	[ -n "$c" ] || fail "no courier"
	wait_for 10 in_transfer "$c" || fail "courier $c did not POST the message within 10 s (kill $kill)"
	kill -KILL "$c" || fail "cannot kill the courier $c"
	one_new() { local n; n=$(courier); [ -n "$n" ] && [ "$n" != "$c" ] && [ "$(wc -l <<<"$n")" -eq 1 ]; }
	wait_for 5 one_new || fail "no new courier after killing $c (now: $(courier | tr '\n' ' '))"
done
webhook_delay 0
wait_outbox "$UUID" sent 30
# The receiver records a POST when its delay is over, also for a client
# that is gone.
wait_for 12 eval '[ "$(webhook_posts "$UUID" | wc -l)" -ge 3 ]'
posts=$(webhook_posts "$UUID" | wc -l)
assert_eq "$posts" 3 "POSTs the receiver got"

logged=$(sql "SELECT COUNT(*) FROM deliveries d JOIN outbox o ON o.id = d.outbox_id
	WHERE o.uuid = '$UUID' AND d.transport = 'webhook'")
assert_eq "$logged" "$posts" "webhook attempts in the delivery log"
assert_eq "$(sql "SELECT COUNT(*) FROM deliveries d JOIN outbox o ON o.id = d.outbox_id
	WHERE o.uuid = '$UUID' AND d.finished_at IS NULL AND d.ok IS NULL")" 2 "attempts without a result"
assert_eq "$(deliveries "$UUID" webhook | cut -f1,2)" "1	200" "the attempt with a result (ok, http_status)"

sign_in_as org organiser
http_as org GET "/beheer/berichten/$(outbox_field "$UUID" id)?format=xml"
assert_status 200
assert_xpath "count(/page/message/attempt[@transport='webhook'])" "$posts"
assert_xpath "count(/page/message/attempt[@transport='webhook' and @ok='no' and starts-with(@error, 'no result recorded')])" 2
