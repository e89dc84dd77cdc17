# The status page behind a registration's link says what holds: confirmed;
# waiting, with the position on the list; cancelled (and then offers no
# link to cancel, which leads to the page that asks first). It names the
# registrant and the event. A token that belongs to no registration, or is
# malformed, gets the rendered 404 page that says the link does not work.
new_event "capacity = 1"
ede=$(org_id GM0228)
registered anon "$EVENT" "$ede" "Bea Bevestigd" "bevestigd-$$@ede.example" Wethouder
confirmed=$TOKEN
registered anon "$EVENT" "$ede" "Wim Wacht" "wacht1-$$@ede.example" Inkoper
registered anon "$EVENT" "$ede" "Wil Wacht" "wacht2-$$@ede.example" Inkoper
waiting=$TOKEN

http GET "/aanmelding/$confirmed"
assert_html_page 200
assert_message registration.status.confirmed
assert_body_has "Bea Bevestigd"
assert_body_has "$EVENT_TITLE"
assert_body_has "href=\"/aanmelding/$confirmed/annuleren\""
http GET "/aanmelding/$confirmed?format=xml"
assert_xpath "/page/registration/@status" confirmed
assert_xpath "count(/page/registration/@position)" 0
assert_xpath "/page/registration/@email" "bevestigd-$$@ede.example"
assert_xpath "/page/registration/event/@id" "$EVENT"
assert_xpath "/page/cancel/@href" "/aanmelding/$confirmed/annuleren"

http GET "/aanmelding/$waiting"
assert_html_page 200
assert_message registration.status.waiting 2
assert_body_has "href=\"/aanmelding/$waiting/annuleren\""
http GET "/aanmelding/$waiting?format=xml"
assert_xpath "/page/registration/@status" waiting
assert_xpath "/page/registration/@position" 2

cancel_link anon "$waiting"
http GET "/aanmelding/$waiting"
assert_html_page 200
assert_message registration.status.cancelled
assert_body_lacks "/annuleren\""
http GET "/aanmelding/$waiting?format=xml"
assert_xpath "/page/registration/@status" cancelled
assert_xpath "count(/page/registration/@position)" 0
assert_xpath "count(/page/form[@name='cancel'] | /page/cancel)" 0
assert_eq "$(reg_by_token "$waiting" "status, cancelled_at IS NOT NULL" | tr '\t' ' ')" "cancelled 1" \
	"the cancelled row"

for tok in AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA "${confirmed%?}" "${confirmed}x"; do
	http GET "/aanmelding/$tok"
	assert_error_page 404
	assert_message registration.invalid
	http GET "/aanmelding/$tok?format=xml"
	assert_status 404
	assert_xpath "count(/page/invalid-token)" 1
done
