# A guest whose organisation is not in the table leaves the list at its
# first option and types the name in gast_organisatie: 303 (check your
# mail), and once the link is used the registration is confirmed with no
# organisation_id and the typed name. The organisers' notice, the
# organisers' page (as a guest's, without a link to an organisation's
# page), the attendance list and the CSV export name that
# organisation; the CSV's first column is headed "organisatie".
new_event "open_to = 'everyone'" "kind = 'slotbijeenkomst'" "per_org_limit = NULL"
guest="Stichting Circulair Bouwen $$"
email="gijs-$$@circulairbouwen.example"

register anon "$EVENT" "" "Gijs Gast" "$email" "Adviseur" --data-urlencode "gast_organisatie=$guest"
pending "$EVENT" || fail "$REQ: status $STATUS, Location '$(header Location)'; errors: $(xpath_errors)"
confirm_registration anon "$email"
assert_eq "$(reg_of "$EVENT" "$email" "CONCAT(status, ' ', IFNULL(organisation_id, 'NULL'), ' ', guest_organisation)")" \
	"confirmed NULL $guest" "the guest's registration"
assert_counters "$EVENT" 1 0
notices "$EVENT" >"$TEST_TMP/notices"
assert_eq "$(python3 -c 'import json,sys
for l in open(sys.argv[1]):
    b = json.loads(l)
    if b["type"] == "registration.created":
        print(b["data"]["registration"]["organisation"])' "$TEST_TMP/notices.jsonl")" "$guest" "the organisation in the organisers' notice"

http_as anon GET "/aanmelding/$TOKEN?format=xml"
assert_status 200
assert_xpath "/page/registration/@organisation" "$guest"

sign_in_as org organiser
http_as org GET "/beheer/programma/$EVENT?format=xml"
assert_status 200
assert_xpath "/page/organisations/organisation[@id='0']/@name" "$guest"
assert_xpath "/page/organisations/organisation[@id='0']/registration/@email" "$email"
http_as org GET "/beheer/programma/$EVENT"
assert_html_page 200
assert_body_has "$guest (gast)"
assert_body_lacks 'href="/beheer/gemeente/0"'
http_as org GET "/beheer/programma/$EVENT/presentielijst?format=xml"
assert_status 200
assert_xpath "/page/registrations/organisation/@name" "$guest"
http_as org GET "/beheer/programma/$EVENT/aanmeldingen.csv"
assert_status 200
head -n 1 "$TEST_TMP/body" | grep -q '^.\{0,3\}organisatie;naam;e-mail' ||
	fail "CSV header: $(head -n 1 "$TEST_TMP/body")"
grep -qF "$guest;Gijs Gast;$email;Adviseur;bevestigd" "$TEST_TMP/body" ||
	fail "no CSV line of the guest: $(tail -n +2 "$TEST_TMP/body")"
