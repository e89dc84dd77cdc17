# The wording says that the limit is per municipality and shows both what
# the visitor's municipality has left and the total. With 2 from Ede
# confirmed (limit 3, capacity 30), the signed-in member of Ede reads on
# the event's page and on the form: "Ten hoogste 3 personen per
# gemeente", "Nog 1 van de 3 plaatsen voor uw gemeente vrij (2 bezet)" and
# "Nog 28 van de 30 plaatsen vrij". With Ede at its limit, one more from
# Ede who asks for the waiting list waits; places being free overall, the
# status page and the mail say that the municipality's limit is why, and
# not "Komt er een plaats vrij".
new_event
ede=$(org_id GM0228)
[ "$(sql "SELECT organisation_id FROM users WHERE email = '$(demo_email member)'")" = "$ede" ] ||
	fail "the demo member is not of Ede"
add_confirmed "$EVENT" "$ede" "Eerste Ede" "eerste-$$@ede.example"
add_confirmed "$EVENT" "$ede" "Tweede Ede" "tweede-$$@ede.example"
sign_in_as mem member
for path in "/programma/$EVENT" "/programma/$EVENT/aanmelden"; do
	http_as mem GET "$path"
	assert_html_page 200
	assert_message event.per-org-limit 3
	assert_message event.own-org.count 2 3 1
	assert_message event.places-left 28 30
done

add_confirmed "$EVENT" "$ede" "Derde Ede" "derde-$$@ede.example"
http_as mem GET "/programma/$EVENT"
assert_message event.own-org.full "" 3
assert_message event.places-left 27 30

registered anon "$EVENT" "$ede" "Vierde Ede" "vierde-$$@ede.example" Inkoper --data-urlencode wachtlijst=yes
assert_eq "$(reg_by_token "$TOKEN" status)" waiting "the fourth from Ede"
http_as anon GET "/aanmelding/$TOKEN"
assert_html_page 200
assert_message registration.status.waiting.org-limit "$EVENT_TITLE"
assert_body_lacks "Komt er een plaats vrij"
uuid=$(sql "SELECT uuid FROM outbox WHERE type = 'registration.confirmation'
	AND JSON_VALUE(body, '$.mail.to[0]') = 'vierde-$$@ede.example' ORDER BY id DESC LIMIT 1")
[ -n "$uuid" ] || fail "no confirmation to the fourth from Ede"
text=$(sql "SELECT JSON_VALUE(body, '$.mail.text') FROM outbox WHERE uuid = '$uuid'")
grep -qF "$(message mail.registration.confirmation.waiting.org-limit "$EVENT_TITLE" 1)" <<<"$text" ||
	fail "the waiting mail does not name the limit: $text"
! grep -qF "Komt er een plaats vrij" <<<"$text" || fail "the waiting mail says a place may become free: $text"
