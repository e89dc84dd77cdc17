# A receiver that answers 410 Gone gets the message once: the row is marked
# 'failed' at once with one webhook attempt logged (410), and no retry
# follows (dev/test's first retry would come after about 1 s).
outbox_settled || fail "the outbox still has pending rows"
webhook_script 410
on_exit 'webhook_script ""'
invite "$(unique gone)@ede.example"
wait_outbox "$UUID" failed 15
sleep 4

assert_eq "$(outbox_field "$UUID" status)" failed "status 4 s later"
assert_eq "$(webhook_posts "$UUID" | wc -l)" 1 "POSTs the receiver got for $UUID"
assert_eq "$(deliveries "$UUID" webhook | cut -f1,2 | tr '\t\n' ' ;')" "0 410;" \
	"webhook attempts logged (ok, http_status)"
[ -n "$(outbox_field "$UUID" last_error | grep -v NULL)" ] || fail "last_error is empty"
