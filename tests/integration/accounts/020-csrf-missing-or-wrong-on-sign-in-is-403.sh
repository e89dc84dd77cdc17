# POST /inloggen with the right password but without a csrf field, with a
# wrong token, or with no csrf cookie at all: the rendered 403 page, no
# session cookie, no session, no failure counted (nothing changed).
email=$(demo_email member)
token=$(csrf_of a)
[ -n "$token" ] || fail "no csrf token"
db_state "$TEST_TMP/before"
for how in none wrong other nocookie; do
	case $how in
	none) args=() ;;
	wrong) # the token with its last character changed
		if [ "${token: -1}" = A ]; then args=(--data-urlencode "csrf=${token%?}B"); else
			args=(--data-urlencode "csrf=${token%?}A"); fi ;;
	other) args=(--data-urlencode "csrf=$(csrf_of b)") ;;
	nocookie) args=(--data-urlencode "csrf=$token") ;;
	esac
	if [ "$how" = nocookie ]; then
		http POST /inloggen --data-urlencode "email=$email" \
			--data-urlencode "wachtwoord=$STACK_DEMO_PASSWORD" "${args[@]}"
	else
		http_as a POST /inloggen --data-urlencode "email=$email" \
			--data-urlencode "wachtwoord=$STACK_DEMO_PASSWORD" "${args[@]}"
	fi
	assert_html_page 403
	assert_no_cookie_set sid
	assert_eq "$(cookie a sid)" "" "sid cookie after POST /inloggen ($how)"
	assert_db_unchanged "$TEST_TMP/before" "POST /inloggen ($how)"
done
