# A registration of Ede, through the coordinator's pages: Arnhem's
# coordinator gets the rendered 404 for the cancel and the move page (GET
# and POST, also with a complete move form), an Ede member the 403 of a
# page that needs the coordinator; nothing changes. The list of Arnhem's
# coordinator does not show it.
new_event
ede=$(org_id GM0228)
registered anon "$EVENT" "$ede" "Anna Ede" "anna-$$@ede.example" Inkoper
anna=$(reg_by_token "$TOKEN" id)
arnhem=$(unique arnhem-coord)@arnhem.example
password=Wachtwoord-2027-test
new_user "$arnhem" "Aart Arnhem" GM0202 coordinator "$password"
# Not left as a coordinator of Arnhem for the tests that count them.
on_exit "sql \"UPDATE users SET disabled_at = UTC_TIMESTAMP() WHERE email = '$arnhem'\""
sign_in other "$arnhem" "$password"
assert_status 303
sign_in_as member member

db_state "$TEST_TMP/before"
for what in annuleren verplaatsen; do
	path=/gemeente/programma/$EVENT/$anna/$what
	http_as other GET "$path"
	assert_error_page 404
	http_as other POST "$path" --data-urlencode "csrf=$(csrf other)" --data-urlencode "naam=Piet Pers" \
		--data-urlencode "email=piet-$$@arnhem.example" --data-urlencode "functie=Inkoper"
	assert_error_page 404
	http_as member GET "$path"
	assert_error_page 403
	http_as member POST "$path" --data-urlencode "csrf=$(csrf member)"
	assert_error_page 403
done
# The right event, but another event's id: 404 too.
http_as other GET "/gemeente/programma/$((EVENT + 100000))/$anna/annuleren"
assert_error_page 404
assert_db_unchanged "$TEST_TMP/before" "another municipality's coordinator and a member"
http_as other GET "/gemeente/programma?format=xml"
assert_status 200
assert_xpath "count(//registration[@id='$anna'])" 0
