# Submitting a round queues a receipt to the coordinator who submitted
# it, in the same transaction: one monitor.submitted message with the
# round in its data and the link to the result page in its text, which
# reaches the webhook receiver once. A refused submission queues none.
outbox_settled || fail "the outbox still has pending rows"
fresh_round GM0228 2026
sign_in_as c coordinator
ede=$(demo_email coordinator)
monitor_save c 2026 s-beleid s-beleid-1=3
rd=$(round_of GM0228 2026)
since=$(outbox_mark)
http_as c POST /monitor/2026/vorig-jaar --data-urlencode "csrf=$(csrf c)"
http_as c POST /monitor/2026/indienen --data-urlencode "csrf=$(csrf c)"
assert_status 409
assert_eq "$(sql "SELECT COUNT(*) FROM outbox WHERE id > $since")" 0 "messages queued by a refused submission"
monitor_confirm_all c 2026
http_as c POST /monitor/2026/indienen --data-urlencode "csrf=$(csrf c)"
assert_status 303
uuid=$(sql "SELECT uuid FROM outbox WHERE id > $since AND type = 'monitor.submitted'")
[ -n "$uuid" ] && [ "$(wc -l <<<"$uuid")" = 1 ] || fail "receipts queued: '$uuid', expected one"
on_exit "give_up $uuid"
webhook_once "$uuid" monitor.submitted
assert_eq "$(json_at "$TEST_TMP/webhook-$uuid.json" '["data"]')" \
	"{\"round_id\": $rd, \"organisation_id\": $(org_id GM0228), \"year\": 2026}" "the receipt's data"
assert_eq "$(json_at "$TEST_TMP/webhook-$uuid.json" '["mail"]["to"]')" "[\"$ede\"]" "the receipt's recipient"
assert_eq "$(json_at "$TEST_TMP/webhook-$uuid.json" '["mail"]["subject"]')" '"Ontvangen: de monitor 2026 van Ede"' \
	"the receipt's subject"
assert_eq "$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["mail"]["text"])' "$TEST_TMP/webhook-$uuid.json")" \
	"Beste Cor Coördinator,

Bedankt: de monitor circulair inkopen 2026 van Ede is ingediend. De scores, de vergelijking met andere gemeenten en het advies vindt u via de link hieronder.

$STACK_URL/monitor/2026/resultaat

Met vriendelijke groet, het programmateam Circulair Inkopen Gelderland (CIMoLT)" "the receipt's text"
