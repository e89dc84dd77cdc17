# ?lang=en renders the page in English and sets the lang cookie for a year.
http GET "/?lang=en"
assert_html_page 200
grep -q '<html[^>]* lang="en"' "$TEST_TMP/body" || fail "$REQ: no <html lang=\"en\">"
assert_cookie_set lang "lang=en; Path=/; Max-Age=31536000"

http GET "/?lang=en&format=xml"
assert_xpath "/page/@lang" en
assert_xpath "/page/languages/language[@code='en']/@current" yes
assert_xpath "count(/page/languages/language[@current='yes'])" 1
