# Signing in answers 303 and sets a session cookie "sid" (256 bits,
# base64url) with Path=/, HttpOnly and SameSite=Lax, no Secure over plain
# HTTP and no expiry (it lasts the browser session). Only its SHA-256 is
# stored. A sid the visitor brought (planted, or a session of someone
# else) is not kept: the cookie after signing in is a new one, and the
# session it came with no longer works.
email=$(demo_email coordinator)
planted=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
token=$(csrf_of a)
http POST /inloggen -H "Cookie: csrf=$(cookie a csrf); sid=$planted" --data-urlencode "email=$email" \
	--data-urlencode "wachtwoord=$STACK_DEMO_PASSWORD" --data-urlencode "csrf=$token"
assert_status 303
set_cookie=$(header Set-Cookie | grep '^sid=')
sid=$(sed -n 's/^sid=\([^;]*\);.*/\1/p' <<<"$set_cookie")
[[ $sid =~ ^[A-Za-z0-9_-]{43}$ ]] || fail "sid '$sid' is not 43 base64url characters (256 bits)"
assert_eq "$set_cookie" "sid=$sid; Path=/; HttpOnly; SameSite=Lax" "Set-Cookie for sid"
[ "$sid" != "$planted" ] || fail "the planted sid was kept"
assert_eq "$(role_of_cookie "$sid")" coordinator "role with the new cookie"
assert_eq "$(role_of_cookie "$planted")" anonymous "role with the planted cookie"
assert_eq "$(sql "SELECT COUNT(*) FROM sessions WHERE token_hash = UNHEX(SHA2('$sid', 256))")" 1 \
	"sessions rows keyed by SHA-256 of the cookie"

# Someone else's live session in the jar: signing in replaces it, and the
# old session ends.
sign_in_as b member
old=$(cookie b sid)
sign_in b "$email" "$STACK_DEMO_PASSWORD"
assert_status 303
new=$(cookie b sid)
[ -n "$new" ] && [ "$new" != "$old" ] || fail "signing in over a session kept sid $old"
assert_eq "$(role_of_cookie "$new")" coordinator "role with the cookie after signing in again"
assert_eq "$(role_of_cookie "$old")" anonymous "role with the session the visitor came with"
