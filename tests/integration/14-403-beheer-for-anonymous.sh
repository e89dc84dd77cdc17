# /beheer needs the organiser role: anonymous visitors get the rendered 403.
http GET /beheer
assert_html_page 403
http GET "/beheer?format=xml"
assert_status 403
assert_security_headers
assert_xml
assert_xpath "/page/@name" error
assert_xpath "/page/@status" 403
assert_xpath "/page/error/@status" 403
assert_xpath "/page/user/@role" anonymous
