# An SMTP server that answers 451 (try again later) to the first DATA:
# the attempt is logged with the SMTP reply, the message stays pending and
# the retry sends it by SMTP only: the webhook, done the first time, gets
# it exactly once, and the SMTP receiver stores it once.
outbox_settled || fail "the outbox still has pending rows"
smtp_restart() {
	stack_stop smtp 2>/dev/null && stack_receiver_start smtp --dir "$STACK_SMTP_DIR" "$@"
}
on_exit smtp_restart
smtp_restart --fail 1 || fail "cannot restart the SMTP receiver with --fail 1"
invite "$(unique busy)@ede.example"
wait_outbox "$UUID" sent 20

assert_eq "$(deliveries "$UUID" smtp | cut -f1,3 | tr '\t\n' ' ;')" "0 451;1 250;" \
	"SMTP attempts (ok, smtp_reply)"
assert_eq "$(deliveries "$UUID" webhook | cut -f1,2 | tr '\t\n' ' ;')" "1 200;" \
	"webhook attempts (ok, http_status)"
assert_eq "$(webhook_posts "$UUID" | wc -l)" 1 "POSTs the webhook receiver got"
assert_eq "$(smtp_files "$UUID" | wc -l)" 1 "messages the SMTP receiver stored"
assert_eq "$(outbox_field "$UUID" attempts)" 2 "outbox.attempts"
