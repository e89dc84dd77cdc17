# The couriers' scheduler sends a reminder that is due by itself, and
# once: with two cimoltd on one database (two couriers, as on two hosts),
# and after the courier is killed and the master starts a new one, each
# coordinator gets the reminder once (one outbox row, one POST at the
# webhook receiver). Deadline in 5 days, reminders 5 and 2 days before.
outbox_settled || fail "the outbox still has pending rows"
fresh_round GM0228 2026
ede=$(demo_email coordinator)
since=$(outbox_mark)
second_cimoltd
monitor_year_set 2026 "$(dutch_day -10)" "$(dutch_day 5)" "2,5"
sent() { [ -n "$(reminders_queued 2026 "$since")" ]; }
wait_for 25 sent || fail "no reminder queued 25 s after it was due"
sleep 11	# both couriers ran their job again meanwhile
assert_eq "$(reminders_queued 2026 "$since")" "schedule 5 $ede" "the reminders queued by two couriers"

# The courier killed, a new one started by the master.
old=$(courier)
[ -n "$old" ] && [ "$(wc -l <<<"$old")" -eq 1 ] || fail "expected one courier process, found: $old"
kill -KILL "$old" || fail "cannot kill the courier $old"
wait_for 10 eval '[ -n "$(courier)" ] && [ "$(courier)" != "$old" ]' ||
	fail "no new courier after killing $old"
sleep 11	# the new courier ran its job
assert_eq "$(reminders_queued 2026 "$since")" "schedule 5 $ede" "the reminders queued after a restart"
uuid=$(sql "SELECT uuid FROM outbox WHERE type = 'monitor.reminder' AND id > $since")
webhook_once "$uuid" monitor.reminder
assert_eq "$(json_at "$TEST_TMP/webhook-$uuid.json" '["data"]')" \
	"{\"organisation_id\": $(org_id GM0228), \"year\": 2026, \"kind\": \"schedule\", \"slot\": 5}" "the message's data"
