# With no ?lang=, cookie or usable Accept-Language the page is Dutch.
http GET /
assert_html_page 200
grep -q '<html[^>]* lang="nl"' "$TEST_TMP/body" || fail "$REQ: no <html lang=\"nl\">"
http GET "/?format=xml" -H "Accept-Language: fr-FR, fr;q=0.9"
assert_xpath "/page/@lang" nl
http GET "/?format=xml&lang=de"
assert_xpath "/page/@lang" nl
