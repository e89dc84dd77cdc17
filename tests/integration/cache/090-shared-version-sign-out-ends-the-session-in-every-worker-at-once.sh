# With [cache] shared_version = yes a worker keeps the session it read
# while the shared change counter stands still. Signing out in one worker
# still ends the session in every worker on the very next request: each
# worker has read the session (GET /account answered 200 in every one),
# the member signs out, and the old cookie then gets 303 to the sign-in
# page in every worker. An hour between readings: only the counter can
# make the end show.
cache_shared_version yes 3600000
sign_in_as a member
sid=$(cookie a sid)
n=$(workers | wc -l)
[ "$n" -ge 2 ] || fail "expected at least 2 workers, found $n"
python3 -m fastcgi each-worker "$STACK_FCGI_SOCK" "$n" /account "sid=$sid" >"$TEST_TMP/codes"
assert_eq "$(grep -cx 200 "$TEST_TMP/codes")" "$n" "workers that answered /account 200 while signed in"

http_as a POST /uitloggen --data-urlencode "csrf=$(csrf_of a)"
assert_status 303
python3 -m fastcgi each-worker "$STACK_FCGI_SOCK" "$n" /account "sid=$sid" >"$TEST_TMP/codes"
assert_eq "$(grep -cx 303 "$TEST_TMP/codes")" "$n" "workers that sent the old cookie to sign in"
