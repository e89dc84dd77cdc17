# With [session] secure_cookies = always (a site behind a proxy that ends
# TLS), every cookie carries Secure though the request came over plain
# HTTP: csrf, lang and sid. (Without it, auto, they do not: see
# accounts/sign-in-gives-new-session-cookie-with-flags.)
cp "$STACK_CONFIG" "$TEST_TMP/cimolt.ini.saved" || fail "cannot keep the configuration"
on_exit 'cp "$TEST_TMP/cimolt.ini.saved" "$STACK_CONFIG" && reload_cimoltd'
sed '/^\[session\]$/a secure_cookies = always' "$TEST_TMP/cimolt.ini.saved" >"$STACK_CONFIG"
grep -qx 'secure_cookies = always' "$STACK_CONFIG" || fail "no [session] section in the configuration"
reload_cimoltd || fail "cimoltd did not reload"

assert_cookies_secure a
