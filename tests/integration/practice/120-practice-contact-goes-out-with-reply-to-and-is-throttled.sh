# A question to a practice's contact person (a user of Ede who opted in
# by ticking the box on the practice form) goes through the outbox as
# practice.contact to the contact's address only, with the sender's
# address as reply-to and the question in data and text; the webhook gets
# it once, signed. A sender may send 5 in 24 hours: the 6th is 429 (the
# page says so, the question kept), and queues and records nothing. A
# bad message is 422. A practice without a contact person, or not
# published, has no contact page (404).
outbox_settled || fail "the outbox still has pending rows"
contact=$(unique contact)@ede.example
new_user "$contact" "Connie Contact" GM0228 member "$STACK_DEMO_PASSWORD"
sign_in k "$contact" "$STACK_DEMO_PASSWORD"
sender=$(unique vrager)@arnhem.example
new_user "$sender" "Vera Vrager" GM0202 member "$STACK_DEMO_PASSWORD"
sign_in v "$sender" "$STACK_DEMO_PASSWORD"
sign_in_as c coordinator
sign_in_as org organiser
kid=$(sql "SELECT id FROM users WHERE email = '$contact'")
vid=$(sql "SELECT id FROM users WHERE email = '$sender'")

# The contact opts in on the form, then it is submitted and published.
practice_new k "Circulaire bermmaaisel $(unique c)" contact_self=ja
p=$PRACTICE
assert_eq "$(sql "SELECT COUNT(*) FROM practice_contacts WHERE user_id = $kid")" 1 "the opt-in"
assert_eq "$(sql "SELECT contact_user_id FROM practice_revisions r JOIN practices p ON r.id = p.working_revision_id
	WHERE p.id = $p")" "$kid" "the revision's contact"
http_as v GET "/praktijk/$p/contact"
assert_html_page 404
http_as c POST "/praktijk/$p/indienen" --data-urlencode "csrf=$(csrf c)"
assert_status 303
http_as org POST "/beheer/praktijk/$p/publiceren" --data-urlencode "csrf=$(csrf org)"
assert_status 303

http_as v GET "/praktijk/$p?format=xml"
assert_xpath "/page/practice/revision/contact/@name" "Connie Contact"
assert_xpath "/page/practice/actions/@contact" yes
http_as v GET "/praktijk/$p/contact?format=xml"
assert_status 200
assert_xpath "/page/limit/@per-day" 5
assert_xpath "/page/limit/@sent" 0

send_form v "/praktijk/$p/contact" "message=" -- -H 'Accept: application/xml'
assert_status 422
assert_eq "$(form_errors practice-contact)" "message field.required" "errors of an empty question"
assert_eq "$(sql "SELECT COUNT(*) FROM contact_messages WHERE sender_user_id = $vid")" 0 "questions recorded after the empty one"

question=$'Hoe heeft u de maaiseltransport geregeld?\nEn wat kostte het?'
for i in 1 2 3 4 5; do
	send_form v "/praktijk/$p/contact" "message=$question ($i)"
	assert_status 303
	assert_header Location "/praktijk/$p?klaar=practice.contact-sent"
done
assert_eq "$(sql "SELECT COUNT(*) FROM contact_messages WHERE sender_user_id = $vid AND practice_id = $p")" 5 \
	"questions recorded"
assert_eq "$(sql "SELECT COUNT(*) FROM outbox WHERE type = 'practice.contact'
	AND JSON_VALUE(body, '$.data.practice.id') = $p")" 5 "practice.contact messages"
uuid=$(sql "SELECT uuid FROM outbox WHERE type = 'practice.contact' AND JSON_VALUE(body, '$.data.practice.id') = $p
	ORDER BY id LIMIT 1")
webhook_once "$uuid" practice.contact
body=$TEST_TMP/webhook-$uuid.json
assert_eq "$(json_at "$body" '["mail"]["to"]')" "[\"$contact\"]" "mail.to: the contact only"
assert_eq "$(json_at "$body" '["mail"]["reply_to"]')" "\"$sender\"" "mail.reply_to: the sender"
assert_eq "$(json_at "$body" '["data"]["message"]')" \
	"$(python3 -m cimolt_test json-string "$question (1)")" "data.message"
assert_eq "$(json_at "$body" '["data"]["actor"]')" "{\"id\": $vid, \"name\": \"Vera Vrager\", \"organisation\": \"Arnhem\"}" "data.actor"
grep -qF "En wat kostte het?" <<<"$(json_at "$body" '["mail"]["text"]')" || fail "the question is not in the mail text"

queued=$(sql "SELECT COUNT(*) FROM outbox")
send_form v "/praktijk/$p/contact" "message=Nog een vraag" -- -H 'Accept: application/xml'
assert_status 429
assert_eq "$(form_errors practice-contact)" "- practice.contact.throttled" "errors of the 6th question"
assert_eq "$(field_value practice-contact message)" "Nog een vraag" "the 6th question is kept"
send_form v "/praktijk/$p/contact" "message=Nog een vraag"
assert_html_page 429
assert_body_has "$(message practice.contact.throttled '' 5)"
assert_eq "$(sql "SELECT COUNT(*) FROM outbox")" "$queued" "outbox rows after the 6th question"
assert_eq "$(sql "SELECT COUNT(*) FROM contact_messages WHERE sender_user_id = $vid")" 5 "questions recorded after the 6th"

# A day later the sender may ask again.
sql "UPDATE contact_messages SET created_at = created_at - INTERVAL 25 HOUR WHERE sender_user_id = $vid"
send_form v "/praktijk/$p/contact" "message=Een vraag van morgen"
assert_status 303

# Without a contact person: no contact page.
q=$(practice_sql GM0228 "Zonder contact $(unique z)" "s" "a" "r" gww 2024 1 hergebruik) || fail "cannot add"
on_exit "drop_practice $q"
http_as v GET "/praktijk/$q/contact"
assert_html_page 404
send_form v "/praktijk/$q/contact" "message=Hallo"
assert_html_page 404
