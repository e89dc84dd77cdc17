# Asking for advice queues, besides advice.requested to the organisers,
# advice.received to the requester alone, in their language: the
# subject names the topic, the text the question and the link to the
# conversation (/advies/aanvragen/ID); the data are the request (id,
# topic, status new) and the municipality, nothing else.
sign_in_as c coordinator
advice_request c borging gesprek "" "Hoe borgen wij circulair inkopen?"
assert_eq "$(advice_notices advice.received "$REQUEST")" \
	"$(demo_email coordinator)|Uw adviesvraag over Borging in de organisatie is ontvangen" "advice.received rows"
assert_eq "$(advice_notice_json advice.received "$REQUEST" '$.data')" \
	"{\"organisation\": {\"id\": $(org_id GM0228), \"name\": \"Ede\"}, \"request\": {\"id\": $REQUEST, \"status\": \"new\", \"topic\": \"borging\"}}" \
	"advice.received data"
assert_eq "$(advice_notice_json advice.received "$REQUEST" '$.mail.text')" \
	"\"Wij hebben uw vraag om advies op maat over Borging in de organisatie ontvangen. Een organisator neemt contact met u op; het antwoord leest u ook in het gesprek over uw vraag.\\n\\nDe vraag:\\nHoe borgen wij circulair inkopen?\\n\\nHet hele gesprek:\\n$STACK_URL/advies/aanvragen/$REQUEST\\n\\nMet vriendelijke groet, het programmateam Circulair Inkopen Gelderland (CIMoLT)\\n\"" \
	"advice.received text"
