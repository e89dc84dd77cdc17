# GET /?format=xml serves the home page document itself as well-formed
# application/xml with root <page name="home">.
http GET "/?format=xml"
assert_status 200
assert_header_prefix Content-Type "application/xml"
assert_security_headers
assert_xml
assert_xpath "name(/*)" page
assert_xpath "/page/@name" home
assert_xpath "/page/@status" 200
assert_xpath "/page/@lang" nl
assert_xpath "/page/request/@method" GET
assert_xpath "/page/request/@path" /
assert_xpath "/page/request/@query" "format=xml"
assert_xpath "/page/user/@role" anonymous
