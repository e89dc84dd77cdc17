# POST /uitloggen (with the csrf token) answers 303, expires the sid cookie
# and deletes the session: the old cookie, sent again, is anonymous, and a
# page that needs sign-in sends it to /inloggen.
email=$(demo_email member)
sign_in_as a member
sid=$(cookie a sid)
n=$(session_count "$email")
http_as a GET /account
assert_html_page 200

http_as a POST /uitloggen --data-urlencode "csrf=$(csrf_of a)"
assert_status 303
assert_cookie_set sid "sid=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0"
assert_eq "$(cookie a sid)" "" "sid in the jar after signing out"
assert_eq "$(sql "SELECT COUNT(*) FROM sessions WHERE token_hash = UNHEX(SHA2('$sid', 256))")" 0 \
	"the session's row"
assert_eq "$(session_count "$email")" $((n - 1)) "sessions of $email"

http GET /account -H "Cookie: sid=$sid"
assert_status 303
assert_header Location "/inloggen?terug=/account"
assert_eq "$(role_of_cookie "$sid")" anonymous "role with the old cookie"
