# A receiver that answers 500 three times and then 200 gets the message
# four times (same delivery id, same body) and it is delivered once: the
# row ends 'sent' with four webhook attempts in the delivery log (three
# failed with 500, one ok with 200), while SMTP, done at the first attempt,
# is not repeated. (dev/test's configuration makes the first retry 1 s.)
outbox_settled || fail "the outbox still has pending rows"
webhook_script 500,500,500,200
on_exit 'webhook_script ""'
invite "$(unique retry)@ede.example"
wait_outbox "$UUID" sent 40

posts=$(webhook_posts "$UUID")
statuses=$(python3 -m cimolt_test statuses <<<"$posts")
assert_eq "$statuses" "500,500,500,200" "statuses the receiver answered for $UUID"
bodies=$(python3 -c 'import json,sys; print(len({json.loads(l)["body"] for l in sys.stdin}))' <<<"$posts")
assert_eq "$bodies" 1 "distinct bodies over the four POSTs"

assert_eq "$(deliveries "$UUID" webhook | cut -f1,2 | tr '\t\n' ' ;')" "0 500;0 500;0 500;1 200;" \
	"webhook attempts logged (ok, http_status)"
assert_eq "$(outbox_field "$UUID" attempts)" 4 "outbox.attempts"
assert_eq "$(deliveries "$UUID" smtp | cut -f1 | tr '\n' ' ')" "1 " "SMTP attempts logged"
assert_eq "$(smtp_files "$UUID" | wc -l)" 1 "copies the SMTP receiver got"
[ -n "$(outbox_field "$UUID" sent_at | grep -v NULL)" ] || fail "sent_at is not set"
