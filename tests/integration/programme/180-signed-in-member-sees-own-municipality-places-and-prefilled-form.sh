# A signed-in member of Ede sees, in the programme and on the event's
# page, how many from Ede are confirmed and how many places Ede has left
# (the per-municipality limit less those); an anonymous visitor and an
# organiser (not of a municipality) see no such figures. The member's
# registration form comes with their municipality, name and address
# filled in.
new_event "capacity = 10"
ede=$(org_id GM0228)
registered anon "$EVENT" "$ede" "Eerste Ede" "eerste-$$@ede.example" Inkoper
registered anon "$EVENT" "$ede" "Tweede Ede" "tweede-$$@ede.example" Inkoper
registered anon "$EVENT" "$(org_id GM0202)" "Eerste Arnhem" "eerste-$$@arnhem.example" Inkoper
registered anon "$EVENT" "$ede" "Weg Ede" "weg-$$@ede.example" Inkoper
cancel_link anon "$TOKEN"

sign_in_as mem member
sign_in_as org organiser
for path in /programma "/programma/$EVENT"; do
	ev="//event[@id='$EVENT']"
	http_as mem GET "$path?format=xml"
	assert_status 200
	assert_xpath "$ev/confirmed" 3
	assert_xpath "$ev/places-left" 7
	assert_xpath "$ev/org-confirmed" 2
	assert_xpath "$ev/org-places-left" 1
	for who in anon org; do
		http_as "$who" GET "$path?format=xml"
		assert_status 200
		assert_xpath "$ev/confirmed" 3
		assert_xpath "count($ev/org-confirmed | $ev/org-places-left)" 0
	done
done

http_as mem GET "/programma/$EVENT/aanmelden?format=xml"
assert_status 200
assert_eq "$(field_value register organisatie)" "$ede" "organisation filled in"
assert_eq "$(field_value register naam)" "$(sql "SELECT name FROM users WHERE email = '$(demo_email member)'")" "name filled in"
assert_eq "$(field_value register email)" "$(demo_email member)" "e-mail filled in"
http GET "/programma/$EVENT/aanmelden?format=xml"
assert_eq "$(field_value register organisatie)$(field_value register naam)$(field_value register email)" "" \
	"fields filled in for an anonymous visitor"
