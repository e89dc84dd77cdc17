# Without ?lang= or a cookie, Accept-Language chooses (by q-value); the
# cookie beats Accept-Language.
http GET "/?format=xml" -H "Accept-Language: en-GB,en;q=0.9"
assert_xpath "/page/@lang" en
http GET "/?format=xml" -H "Accept-Language: de, nl;q=0.5, en;q=0.3"
assert_xpath "/page/@lang" nl
http GET "/?format=xml" -H "Accept-Language: de, en;q=0.5, nl;q=0.3"
assert_xpath "/page/@lang" en
http GET "/?format=xml" -H "Accept-Language: en" -H "Cookie: lang=nl"
assert_xpath "/page/@lang" nl
