# POST /uitloggen without a csrf field, with a wrong one, with another
# visitor's token and with the token from before signing in: each is
# answered with the rendered 403 page and changes nothing (the session
# still works). With the right token the member is signed out.
sign_in_as a member
sid=$(cookie a sid)
other=$(csrf_of b)
stale=$(csrf_of fresh)
token=$(csrf_of a)
[ -n "$token" ] && [ "$token" != "$other" ] || fail "no usable csrf token"
db_state "$TEST_TMP/before"

for how in "none" "csrf=wrong" "csrf=$other" "csrf=$stale" "csrf=" "csrf=${token}x"; do
	if [ "$how" = none ]; then args=(--data "x=1"); else args=(--data-urlencode "$how"); fi
	http_as a POST /uitloggen "${args[@]}"
	assert_html_page 403
	assert_no_cookie_set sid
	assert_db_unchanged "$TEST_TMP/before" "POST /uitloggen with $how"
	assert_eq "$(role_of_cookie "$sid")" member "role after POST /uitloggen with $how"
done

http_as a POST /uitloggen --data-urlencode "csrf=$token"
assert_status 303
assert_eq "$(role_of_cookie "$sid")" anonymous "role after signing out with the right token"
