# A control character typed into a field that the page shows back (a
# search for "jan%01") makes no unreadable document: the page document
# (?format=xml) parses as XML, with U+FFFD where the character was, and
# the HTML page holds no control character either.
http GET '/praktijk?q=jan%01&format=xml'
assert_status 200
xmllint --noout "$TEST_TMP/body" 2>"$TEST_TMP/err" || fail "the page document does not parse: $(head -n 3 "$TEST_TMP/err")"
assert_xpath "/page/search/@q" "jan�"
http GET '/praktijk?q=jan%01%1f'
assert_html_page 200
if LC_ALL=C grep -q $'[\x01-\x08\x0b\x0c\x0e-\x1f]' "$TEST_TMP/body"; then
	fail "the HTML page holds a control character"
fi
