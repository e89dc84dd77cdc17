# The lang cookie chooses the language when there is no ?lang=; ?lang=
# beats the cookie. Only ?lang= sets the cookie.
http GET "/?format=xml" -H "Cookie: lang=en"
assert_status 200
assert_xpath "/page/@lang" en
assert_no_cookie_set lang

http GET / -H "Cookie: lang=en"
grep -q '<html[^>]* lang="en"' "$TEST_TMP/body" || fail "$REQ: no <html lang=\"en\">"

http GET "/?lang=nl&format=xml" -H "Cookie: lang=en"
assert_xpath "/page/@lang" nl
assert_cookie_set lang "lang=nl;"
