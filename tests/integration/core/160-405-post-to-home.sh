# POST to the GET-only home page gets the rendered 405 page with exactly
# "Allow: GET, HEAD".
http POST / --data "a=b"
assert_html_page 405
assert_header Allow "GET, HEAD"
http POST "/?format=xml" --data "a=b"
assert_status 405
assert_header Allow "GET, HEAD"
assert_security_headers
assert_xpath "/page/error/@status" 405
assert_xpath "/page/error/allow" "GET, HEAD"
