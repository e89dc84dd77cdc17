# GET /gemeente/programma as Ede's coordinator: per event, who of Ede is
# registered (confirmed), waiting (with the place on the list) and still
# to confirm their address (pending), in that order, with Ede's places
# taken and left and the event's places left; nobody of another
# municipality, and no cancelled registration. Each row links to the
# pages that cancel it; a confirmed one also to the page that moves it.
new_event "capacity = 2"
ede=$(org_id GM0228) arnhem=$(org_id GM0202)
registered anon "$EVENT" "$ede" "Anna Ede" "anna-$$@ede.example" Inkoper
registered anon "$EVENT" "$arnhem" "Bert Arnhem" "bert-$$@arnhem.example" Inkoper
registered anon "$EVENT" "$ede" "Cees Ede" "cees-$$@ede.example" Beleidsadviseur
registered anon "$EVENT" "$ede" "Gone Ede" "gone-$$@ede.example" Inkoper
cancel_link anon "$TOKEN"
register anon "$EVENT" "$ede" "Dirk Ede" "dirk-$$@ede.example" Wethouder
pending "$EVENT" || fail "$REQ: status $STATUS, expected the check-mail page"
id() { reg_of "$EVENT" "$1-$$@$2.example" id; }

sign_in_as coord coordinator
http_as coord GET "/gemeente/programma?format=xml"
assert_status 200
ev="/page/events/event[@id='$EVENT']"
rows=$(xmllint --xpath "$ev/registration" "$TEST_TMP/body" 2>/dev/null |
	grep -oE '<registration [^>]*>' | sed -E 's/.* id="([0-9]+)" status="([a-z]+)"( position="([0-9]+)")? name="([^"]*)".*/\1 \2 \4 \5/')
assert_eq "$rows" "$(id anna ede) confirmed  Anna Ede
$(id cees ede) waiting 1 Cees Ede
$(id dirk ede) pending  Dirk Ede" "Ede's registrations for the event (id status position name)"
assert_xpath "$ev/org-confirmed" 1
assert_xpath "$ev/org-places-left" 2
assert_xpath "$ev/places-left" 0
assert_xpath "$ev/capacity" 2

http_as coord GET /gemeente/programma
assert_html_page 200
assert_body_has "href=\"/gemeente/programma/$EVENT/$(id anna ede)/annuleren\""
assert_body_has "href=\"/gemeente/programma/$EVENT/$(id anna ede)/verplaatsen\""
assert_body_has "href=\"/gemeente/programma/$EVENT/$(id cees ede)/annuleren\""
assert_body_lacks "href=\"/gemeente/programma/$EVENT/$(id cees ede)/verplaatsen\""
assert_body_lacks "Bert Arnhem"
assert_body_lacks "Gone Ede"
assert_message coordinator.places 1 3 2 0 2
