# Two cimoltd on one database (as on two hosts) run two couriers. Forty
# messages queued at once, with a receiver that takes 50 ms per POST: both
# couriers deliver some, and every message reaches the receiver exactly
# once (one POST, one webhook attempt logged, status sent).
outbox_settled || fail "the outbox still has pending rows"
second_cimoltd
webhook_delay 50
on_exit 'webhook_delay 0'

queue_messages 40 "$TEST_TMP/uuids"
ours="uuid IN ($(sed "s/.*/'&'/" "$TEST_TMP/uuids" | paste -sd,))"
sent() { sql "SELECT COUNT(*) FROM outbox WHERE $ours AND status = 'sent'"; }
all_sent() { [ "$(sent)" = 40 ]; }
wait_for 30 all_sent || fail "only $(sent) of 40 sent after 30 s"

python3 - "$STACK_WEBHOOK_LOG" "$TEST_TMP/uuids" <<'PY' || fail "a message did not arrive exactly once"
import collections, sys
from cimolt_test import webhook_log
want = open(sys.argv[2]).read().split()
seen = collections.Counter()
for _, rec in webhook_log(sys.argv[1]):
    seen[rec["headers"].get("x-cimolt-delivery")] += 1
bad = ["%s arrived %d times" % (u, seen[u]) for u in want if seen[u] != 1]
print("\n".join(bad[:5]))
sys.exit(1 if bad else 0)
PY
assert_eq "$(sql "SELECT COUNT(*) FROM deliveries d JOIN outbox o ON o.id = d.outbox_id
	WHERE o.$ours AND d.transport = 'webhook'")" 40 "webhook attempts logged"
mine=$(grep -c 'courier: message .* sent after' "$TEST_TMP/second.log")
[ "$mine" -ge 1 ] && [ "$mine" -le 39 ] ||
	fail "the second courier sent $mine of the 40: the couriers did not share the work"
