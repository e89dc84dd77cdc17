# The attendance list for printing (GET /beheer/programma/EV/presentielijst)
# lists the confirmed registrations only, by municipality and then by
# name; nobody waiting or cancelled is on it.
new_event "capacity = 4"
ede=$(org_id GM0228) arnhem=$(org_id GM0202)
registered anon "$EVENT" "$ede" "Zoë Zwart" "zoe-$$@ede.example" Wethouder
registered anon "$EVENT" "$arnhem" "Bert Bos" "bert-$$@arnhem.example" Inkoper
registered anon "$EVENT" "$ede" "Yvonne IJzer" "yvonne-$$@ede.example" Beleidsmedewerker
registered anon "$EVENT" "$arnhem" "Carla Weg" "carla-$$@arnhem.example" Inkoper
cancel_link anon "$TOKEN"
registered anon "$EVENT" "$arnhem" "Anna Appel" "anna-$$@arnhem.example" Adviseur
registered anon "$EVENT" "$arnhem" "Willem Wacht" "willem-$$@arnhem.example" Inkoper
assert_eq "$(reg_by_token "$TOKEN" status)" waiting "the fifth one"

sign_in_as org organiser
http_as org GET "/beheer/programma/$EVENT/presentielijst?format=xml"
assert_status 200
assert_xpath /page/@name attendance
got=$(xmllint --xpath '//registrations//registration' "$TEST_TMP/body" 2>/dev/null |
	grep -o 'status="[^"]*" name="[^"]*"' | sed -E 's/status="([^"]*)" name="([^"]*)"/\1 \2/')
assert_eq "$got" "confirmed Anna Appel
confirmed Bert Bos
confirmed Yvonne IJzer
confirmed Zoë Zwart" "the attendance list (status name, in order)"
http_as org GET "/beheer/programma/$EVENT/presentielijst"
assert_html_page 200
for name in "Anna Appel" "Bert Bos" "Yvonne IJzer" "Zoë Zwart"; do assert_body_has "$name"; done
for name in "Carla Weg" "Willem Wacht"; do assert_body_lacks "$name"; done
