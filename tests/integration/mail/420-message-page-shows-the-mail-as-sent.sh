# The page of a message (/beheer/berichten/{id}) shows the mail as the
# receivers got it: its recipient, subject and text exactly as the
# webhook received them (with the link's token as the outbox keeps it
# once delivered: REDACTED), and every attempt with its outcome: the
# webhook's 200 and the SMTP server's reply.
outbox_settled || fail "the outbox still has pending rows"
email=$(unique pagina)@ede.example
invite "$email" "Pim Pagina"
webhook_once "$UUID" account.invited
id=$(outbox_field "$UUID" id)
sent=$TEST_TMP/webhook-$UUID.json
subject=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["mail"]["subject"])' "$sent")
python3 -c 'import json,sys; m = json.load(open(sys.argv[1]))["mail"]; sys.stdout.write(m["text"])' "$sent" |
	sed -E 's|/uitnodiging/[A-Za-z0-9_-]{43}|/uitnodiging/REDACTED|' >"$TEST_TMP/expected-text"
grep -q '/uitnodiging/REDACTED' "$TEST_TMP/expected-text" || fail "the invitation the webhook got has no link"

sign_in_as org organiser
http_as org GET "/beheer/berichten/$id?format=xml"
assert_status 200
assert_xpath "/page/@name" delivery
m=/page/message
assert_xpath "$m/@id" "$id"
assert_xpath "$m/@status" sent
assert_xpath "count($m/mail/to)" 1
assert_xpath "$m/mail/to" "$email"
assert_xpath "$m/mail/subject" "$subject"
assert_eq "$subject" "Uw account voor CIMoLT" "the subject the webhook got"
xmllint --xpath "string($m/mail/text)" "$TEST_TMP/body" >"$TEST_TMP/shown-text"
# (xmllint ends what it prints with a line end; the text need not.)
[ "$(cat "$TEST_TMP/expected-text")" = "$(cat "$TEST_TMP/shown-text")" ] ||
	fail "the text shown differs from the text sent: $(diff "$TEST_TMP/expected-text" "$TEST_TMP/shown-text" | head -n 5)"
assert_xpath "count($m/attempt)" 2
assert_xpath "$m/attempt[1]/@transport" webhook
assert_xpath "$m/attempt[1]/@ok" yes
assert_xpath "$m/attempt[1]/@http-status" 200
assert_xpath "$m/attempt[2]/@transport" smtp
assert_xpath "$m/attempt[2]/@ok" yes
assert_xpath "$m/attempt[2]/@smtp-reply" "$(deliveries "$UUID" smtp | cut -f3)"

http_as org GET "/beheer/berichten/$id?lang=en"
assert_html_page 200
assert_body_has "<h1>$subject</h1>"
assert_body_has "$(sed -n 1p "$TEST_TMP/expected-text")"
assert_body_has '/uitnodiging/REDACTED'

http_as org GET "/beheer/berichten/999999999?format=xml"
assert_status 404
