# A registration sent without an account is stored pending: the answer is
# a 303 to the event's page with the notice registration.check-mail (not
# to the status page: whoever sent the form need not own the address).
# It holds its place (places left drop by one, held_count 1) but is
# neither confirmed nor waiting, and nothing goes to the organisers. The
# link mailed to the address shows the registration with a confirm
# button; opening it (as a mail scanner does, twice) changes nothing.
# Pressing the button (POST with csrf) confirms it: 303 to the status
# page, which says the place is confirmed; the held place became a
# confirmed one. Pressing it again changes nothing more.
new_event "capacity = 5"
ede=$(org_id GM0228)
email=$(unique optin)@ede.example
register anon "$EVENT" "$ede" "Olga Optin" "$email" Inkoper
pending "$EVENT" || fail "$REQ: status $STATUS, Location '$(header Location)', expected 303 to /programma/$EVENT?klaar=registration.check-mail"
assert_eq "$(reg_of "$EVENT" "$email" "CONCAT(status, ' ', held, ' ', hold_until > UTC_TIMESTAMP() + INTERVAL 23 HOUR,
	' ', verified_at IS NULL)")" "pending 1 1 1" "the registration (status, held, held for 24 h, not verified)"
assert_eq "$(sql "SELECT CONCAT(confirmed_count, ' ', waiting_count, ' ', held_count) FROM events WHERE id = $EVENT")" \
	"0 0 1" "counters (confirmed, waiting, held)"
http GET "/programma/$EVENT?klaar=registration.check-mail&format=xml"
assert_status 200
assert_xpath "/page/notice/@key" registration.check-mail
assert_xpath "/page/event/places-left" 4
assert_eq "$(sql "SELECT COUNT(*) FROM outbox WHERE JSON_VALUE(body, '$.data.event.id') = $EVENT")" 0 \
	"messages about the event before the link is used"

uuid=$(verify_uuid "$email")
[ -n "$uuid" ] || fail "no registration.verify mail to $email"
mail_link "$uuid" aanmelding
for i in 1 2; do
	http GET "$LINK"
	assert_html_page 200
	assert_body_has "action=\"$LINK/bevestigen\""
done
http GET "$LINK?format=xml"
assert_xpath "/page/registration/@status" pending
assert_xpath "/page/registration/@held" yes
assert_xpath "count(/page/form[@name='confirm'])" 1
assert_eq "$(reg_of "$EVENT" "$email" status)" pending "the registration after opening the link"

confirm_registration anon "$email"
assert_eq "$(reg_of "$EVENT" "$email" "CONCAT(status, ' ', held, ' ', hold_until IS NULL, ' ', verified_at IS NOT NULL)")" \
	"confirmed 0 1 1" "the registration after the button (status, held, no hold, verified)"
assert_eq "$(sql "SELECT CONCAT(confirmed_count, ' ', waiting_count, ' ', held_count) FROM events WHERE id = $EVENT")" \
	"1 0 0" "counters after the button (confirmed, waiting, held)"
http GET "$LINK?format=xml"
assert_xpath "/page/registration/@status" confirmed
assert_xpath "count(/page/form[@name='confirm'])" 0

http_as anon POST "$LINK/bevestigen" --data-urlencode "csrf=$(csrf anon)"
assert_status 303
assert_eq "$(sql "SELECT CONCAT(confirmed_count, ' ', waiting_count, ' ', held_count) FROM events WHERE id = $EVENT")" \
	"1 0 0" "counters after pressing the button again"
notices "$EVENT" >"$TEST_TMP/notices"
assert_eq "$(cut -d' ' -f1 "$TEST_TMP/notices" | tr '\n' ' ')" "registration.created registration.confirmation " \
	"notices about the event"
