# A POST takes its fields from its body only: a csrf token in the query
# string alone is no token (403, nothing changed), and a field in the
# query string neither overrides nor fills in the body's (the sign-in
# with the right address in the body and another in the query signs in).
member=$(demo_email member)
was=$(sql "SELECT CONCAT(lang, ' ', name) FROM users WHERE email = '$member'")
on_exit "sql \"UPDATE users SET lang = '${was%% *}', name = '${was#* }' WHERE email = '$member'\""
sign_in_as a member
token=$(csrf_of a)
db_state "$TEST_TMP/before"
http_as a POST "/account?csrf=$token" --data-urlencode "name=Uit de query" --data-urlencode "lang=en"
assert_html_page 403
assert_db_unchanged "$TEST_TMP/before" "POST /account with csrf in the query string"

http_as a POST "/account?name=Uit+de+query&lang=en" --data-urlencode "csrf=$token" \
	--data-urlencode "name=Uit de body" --data-urlencode "lang=nl"
assert_status 303
assert_eq "$(sql "SELECT CONCAT(lang, ' ', name) FROM users WHERE email = '$member'")" "nl Uit de body" \
	"language and name after a query string that says otherwise"

token=$(csrf_of b)
http_as b POST "/inloggen?email=niemand&wachtwoord=fout" \
	--data-urlencode "email=$member" --data-urlencode "wachtwoord=$STACK_DEMO_PASSWORD" \
	--data-urlencode "csrf=$token"
assert_status 303
[ -n "$(cookie b sid)" ] || fail "the sign-in with other fields in the query string set no sid cookie"
