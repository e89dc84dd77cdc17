# A path no route matches gets the rendered 404 page.
http GET /bestaat-niet
assert_html_page 404
http GET "/bestaat-niet?format=xml"
assert_status 404
assert_security_headers
assert_xml
assert_xpath "/page/@name" error
assert_xpath "/page/error/@status" 404
assert_xpath "/page/request/@path" /bestaat-niet
http GET /healthz/extra
assert_html_page 404
