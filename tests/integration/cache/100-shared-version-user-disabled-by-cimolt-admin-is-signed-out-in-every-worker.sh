# With [cache] shared_version = yes a worker keeps the session it read
# while the shared change counter stands still. A user disabled with
# cimolt-admin (which raises the counter when its command ends) is still
# signed out in every worker on the very next request.
cache_shared_version yes 3600000
password=Wachtwoord-uit-2027
email=$(unique kept)@ede.example
new_user "$email" "Kees Kept" GM0228 member "$password"
sign_in k "$email" "$password"
assert_status 303
sid=$(cookie k sid)
n=$(workers | wc -l)
[ "$n" -ge 2 ] || fail "expected at least 2 workers, found $n"
python3 -m fastcgi each-worker "$STACK_FCGI_SOCK" "$n" /account "sid=$sid" >"$TEST_TMP/codes"
assert_eq "$(grep -cx 200 "$TEST_TMP/codes")" "$n" "workers that answered /account 200 while signed in"

admin_cli user disable "$email" >"$TEST_TMP/out" 2>&1 || fail "cimolt-admin user disable: $(cat "$TEST_TMP/out")"
python3 -m fastcgi each-worker "$STACK_FCGI_SOCK" "$n" /account "sid=$sid" >"$TEST_TMP/codes"
assert_eq "$(grep -cx 303 "$TEST_TMP/codes")" "$n" "workers that sent the disabled user's cookie to sign in"
