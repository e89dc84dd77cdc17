# Through Apache, a 2 MiB POST is refused before it reaches cimoltd
# (LimitRequestBody and a declared length over the cap), with cimoltd's
# rendered 413 page for the same path and query; 1 MiB is let through.
apache_up
head -c $((2 * 1024 * 1024)) /dev/zero | tr '\0' a >"$TEST_TMP/2m"
http POST /programma --data-binary @"$TEST_TMP/2m" -H "Content-Type: application/x-www-form-urlencoded"
assert_html_page 413

http POST "/programma?format=xml" --data-binary @"$TEST_TMP/2m" \
	-H "Content-Type: application/x-www-form-urlencoded"
assert_status 413
assert_security_headers
assert_xml
assert_xpath "/page/@name" error
assert_xpath "/page/error/@status" 413
assert_xpath "/page/request/@path" /programma

head -c $((1024 * 1024)) "$TEST_TMP/2m" >"$TEST_TMP/1m"
http POST / --data-binary @"$TEST_TMP/1m" -H "Content-Type: application/x-www-form-urlencoded"
assert_html_page 405
