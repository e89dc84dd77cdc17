# A receiver that takes longer than 10 s to answer counts as a failed
# attempt (logged with an error, no HTTP status); the message is retried
# and delivered once the receiver answers in time.
outbox_settled || fail "the outbox still has pending rows"
webhook_delay 11000
on_exit 'webhook_delay 0'
invite "$(unique slow)@ede.example"
t0=$(date +%s)
wait_for 15 eval '[ -n "$(deliveries "$UUID" webhook)" ]' || fail "no webhook attempt logged within 15 s"
took=$(($(date +%s) - t0))
webhook_delay 0
wait_outbox "$UUID" sent 15

first=$(deliveries "$UUID" webhook | head -n 1)
assert_eq "$(cut -f1,2 <<<"$first")" "0	NULL" "first attempt (ok, http_status)"
[ -n "$(cut -f4 <<<"$first" | grep -v '^NULL$')" ] || fail "the timed-out attempt logged no error"
[ "$took" -ge 9 ] && [ "$took" -le 13 ] || fail "the first attempt ended after $took s, not about 10 s"
assert_eq "$(deliveries "$UUID" webhook | tail -n 1 | cut -f1,2)" "1	200" "last attempt (ok, http_status)"
