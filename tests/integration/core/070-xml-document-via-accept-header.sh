# "Accept: application/xml" gets the page document; a browser's Accept
# (HTML preferred, XML at a lower q) still gets HTML.
http GET / -H "Accept: application/xml"
assert_status 200
assert_header_prefix Content-Type "application/xml"
assert_security_headers
assert_xml
assert_xpath "/page/@name" home

http GET / -H "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
assert_html_page 200
