# A session unused for longer than [session] idle_minutes (120) ends, and
# so does one older than absolute_hours (12) even when in use: the cookie
# then counts as anonymous. Just inside both limits it still works.
sign_in_as a member
sid=$(cookie a sid)
row="token_hash = UNHEX(SHA2('$sid', 256))"
assert_eq "$(role_of_cookie "$sid")" member "role of a fresh session"

sql "UPDATE sessions SET last_seen_at = last_seen_at - INTERVAL 118 MINUTE WHERE $row"
assert_eq "$(role_of_cookie "$sid")" member "role after 118 idle minutes"
sql "UPDATE sessions SET last_seen_at = last_seen_at - INTERVAL 121 MINUTE WHERE $row"
assert_eq "$(role_of_cookie "$sid")" anonymous "role after 121 idle minutes"

sign_in_as b member
sid=$(cookie b sid)
row="token_hash = UNHEX(SHA2('$sid', 256))"
sql "UPDATE sessions SET created_at = created_at - INTERVAL 11 HOUR WHERE $row"
assert_eq "$(role_of_cookie "$sid")" member "role of a session 11 hours old, just used"
sql "UPDATE sessions SET created_at = created_at - INTERVAL 61 MINUTE WHERE $row"
assert_eq "$(role_of_cookie "$sid")" anonymous "role of a session 12 hours and a minute old, just used"
