# Through Apache, signing in with the CSRF token of the visitor's own
# cookie gives a session (303 and sid); without the token it is 403 and
# no session. Over Apache's TLS host the session cookie carries Secure
# (mod_ssl passes HTTPS=on).
apache_up
sign_in a "$(demo_email member)" "$STACK_DEMO_PASSWORD"
assert_status 303
[ -n "$(cookie a sid)" ] || fail "signing in through Apache set no sid cookie"
http_as a GET "/?format=xml"
assert_xpath "/page/user/@role" member

csrf_of b >/dev/null
http_as b POST /inloggen --data-urlencode "email=$(demo_email member)" \
	--data-urlencode "wachtwoord=$STACK_DEMO_PASSWORD"
assert_status 403
assert_no_cookie_set sid

URL=$STACK_APACHE_TLS_URL
sign_in c "$(demo_email member)" "$STACK_DEMO_PASSWORD"
assert_status 303
sid=$(header Set-Cookie | sed -n 's/^sid=\([^;]*\);.*/\1/p')
assert_cookie_set sid "sid=$sid; Path=/; HttpOnly; SameSite=Lax; Secure"
