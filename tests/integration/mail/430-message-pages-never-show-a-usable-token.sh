# A mail that was never delivered (the webhook receiver answers 410)
# still holds its link's token in the outbox, where a retry needs it;
# neither the list of messages nor the message's page shows it: the page
# shows the link with the token masked (REDACTED), as XML and as HTML.
outbox_settled || fail "the outbox still has pending rows"
webhook_script 410
on_exit 'webhook_script ""'
email=$(unique masker)@ede.example
invite "$email" "Mia Masker"
wait_outbox "$UUID" failed 20
id=$(outbox_field "$UUID" id)
token=$(sql "SELECT REGEXP_SUBSTR(JSON_VALUE(body, '$.mail.text'), '(?<=/uitnodiging/)[A-Za-z0-9_-]{43}') FROM outbox WHERE id = $id")
[ ${#token} = 43 ] || fail "the undelivered invitation holds no token in the outbox (the test proves nothing)"

sign_in_as org organiser
for path in "/beheer/berichten/$id?format=xml" "/beheer/berichten/$id" "/beheer/berichten/$id?lang=en" \
	"/beheer/berichten?format=xml" "/beheer/berichten" "/beheer/berichten?q=$email"; do
	http_as org GET "$path"
	assert_status 200
	assert_body_lacks "$token"
done
http_as org GET "/beheer/berichten/$id?format=xml"
xmllint --xpath "string(/page/message/mail/text)" "$TEST_TMP/body" | grep -q '/uitnodiging/REDACTED$' ||
	fail "the page does not show the link with its token masked"
http_as org GET "/beheer/berichten/$id"
assert_body_has '/uitnodiging/REDACTED'
