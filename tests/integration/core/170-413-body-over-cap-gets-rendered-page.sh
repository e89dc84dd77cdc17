# A 2 MiB POST is refused by nginx (client_max_body_size 1m), which asks
# cimoltd for its rendered 413 page: status 413, cimoltd's HTML (not
# nginx's), the security headers. A body of exactly 1 MiB is not refused.
head -c $((2 * 1024 * 1024)) /dev/zero | tr '\0' a >"$TEST_TMP/2m"
http POST / --data-binary @"$TEST_TMP/2m" -H "Content-Type: application/x-www-form-urlencoded"
assert_html_page 413

http POST "/?format=xml" --data-binary @"$TEST_TMP/2m" -H "Content-Type: application/x-www-form-urlencoded"
assert_status 413
assert_security_headers
assert_xml
assert_xpath "/page/@name" error
assert_xpath "/page/error/@status" 413
assert_xpath "/page/request/@path" /

head -c $((1024 * 1024)) "$TEST_TMP/2m" >"$TEST_TMP/1m"
http POST / --data-binary @"$TEST_TMP/1m" -H "Content-Type: application/x-www-form-urlencoded"
assert_html_page 405
