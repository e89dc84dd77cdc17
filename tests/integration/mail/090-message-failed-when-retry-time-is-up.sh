# A message whose retry time is about to end (give_up_at in 3 s) and whose
# receiver keeps answering 500 is marked failed, with its attempts logged,
# and no longer tried.
outbox_settled || fail "the outbox still has pending rows"
webhook_script 500,500,500,500,500,500,500,500,500,500,500,500
on_exit 'webhook_script ""'
invite "$(unique late)@ede.example"
sql "UPDATE outbox SET give_up_at = UTC_TIMESTAMP() + INTERVAL 3 SECOND WHERE uuid = '$UUID'"
wait_outbox "$UUID" failed 15
n=$(deliveries "$UUID" webhook | wc -l)
[ "$n" -ge 1 ] || fail "no attempt logged"
assert_eq "$(deliveries "$UUID" webhook | cut -f1,2 | sort -u)" "0	500" "webhook attempts (ok, http_status)"
assert_eq "$(outbox_field "$UUID" last_error | grep -c 500)" 1 "500 in last_error"
sleep 3
assert_eq "$(deliveries "$UUID" webhook | wc -l)" "$n" "attempts 3 s after it failed"
