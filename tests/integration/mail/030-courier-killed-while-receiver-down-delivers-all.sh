# With the webhook receiver down, five invitations fail their first
# attempts (connection refused, logged); the courier is then killed with
# SIGKILL and the receiver brought back. The master starts a new courier,
# and every one of the five messages reaches the receiver and ends 'sent'.
outbox_settled || fail "the outbox still has pending rows"
master=$(stack_pid cimoltd) || fail "cimoltd is not running"
restart_receiver() {
	stack_receiver_start webhook --log "$STACK_WEBHOOK_LOG" \
		--secret-file "$STACK_ETC/webhook-secret"
}
on_exit restart_receiver
stack_stop webhook 2>/dev/null || fail "cannot stop the webhook receiver"

# The courier is the child that does not hold the FastCGI socket.
listen=$(for fd in /proc/"$master"/fd/*; do readlink "$fd"; done | grep '^socket:' | sort -u)
courier() {
	local c fd
	for c in $(children "$master"); do
		for fd in /proc/"$c"/fd/*; do
			grep -qxF -- "$(readlink "$fd" 2>/dev/null)" <<<"$listen" && continue 2
		done
		echo "$c"
	done
}
old=$(courier)
[ -n "$old" ] && [ "$(wc -l <<<"$old")" -eq 1 ] || fail "expected one courier process, found: $old"

uuids=()
for i in 1 2 3 4 5; do
	invite "$(unique "down$i")@ede.example"
	uuids+=("$UUID")
done
failed_once() {
	local u
	for u in "${uuids[@]}"; do
		[ "$(sql "SELECT COUNT(*) FROM deliveries d JOIN outbox o ON o.id = d.outbox_id
			WHERE o.uuid = '$u' AND d.transport = 'webhook' AND d.ok = 0")" -ge 1 ] || return 1
	done
}
wait_for 15 failed_once || fail "not every message had a failed webhook attempt within 15 s"
for u in "${uuids[@]}"; do
	assert_eq "$(outbox_field "$u" status)" pending "status of $u while the receiver is down"
	err=$(deliveries "$u" webhook | head -n 1 | cut -f4)
	[ -n "$err" ] && [ "$err" != NULL ] || fail "the failed attempt of $u logged no error"
done

kill -KILL "$old" || fail "cannot kill the courier $old"
restart_receiver || fail "cannot restart the webhook receiver"
for u in "${uuids[@]}"; do
	wait_outbox "$u" sent 30
	assert_eq "$(webhook_posts "$u" | grep -c '"status": 200')" 1 "POSTs answered 200 for $u"
done
new=$(courier)
[ -n "$new" ] && [ "$new" != "$old" ] || fail "no new courier after killing $old (now: $new)"
assert_eq "$(stack_pid cimoltd)" "$master" "cimoltd master PID"
