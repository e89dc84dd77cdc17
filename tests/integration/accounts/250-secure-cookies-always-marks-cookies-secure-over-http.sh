# With [session] secure_cookies = always (a site behind a proxy that ends
# TLS), every cookie carries Secure though the request came over plain
# HTTP: csrf, lang and sid. Without the key (auto) they do not over HTTP.
cp "$STACK_CONFIG" "$TEST_TMP/cimolt.ini.saved" || fail "cannot keep the configuration"
on_exit 'cp "$TEST_TMP/cimolt.ini.saved" "$STACK_CONFIG" && reload_cimoltd'
sed '/^\[session\]$/a secure_cookies = always' "$TEST_TMP/cimolt.ini.saved" >"$STACK_CONFIG"
grep -qx 'secure_cookies = always' "$STACK_CONFIG" || fail "no [session] section in the configuration"
reload_cimoltd || fail "cimoltd did not reload"

http GET "/?lang=nl"
assert_status 200
assert_cookie_set lang "lang=nl; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly; Secure"
csrf=$(header Set-Cookie | sed -n 's/^csrf=\([^;]*\);.*/\1/p')
assert_cookie_set csrf "csrf=$csrf; Path=/; HttpOnly; SameSite=Lax; Secure"
sign_in a "$(demo_email member)" "$STACK_DEMO_PASSWORD"
assert_status 303
sid=$(header Set-Cookie | sed -n 's/^sid=\([^;]*\);.*/\1/p')
assert_cookie_set sid "sid=$sid; Path=/; HttpOnly; SameSite=Lax; Secure"
