# While cimoltd is down nginx answers 502 with the static Dutch/English
# page and the security headers; once cimoltd runs again, GET / is 200.
stack_stop cimoltd 2>/dev/null || fail "could not stop cimoltd"
on_exit 'stack_fcgi_start'
http GET /
assert_status 502
assert_header Content-Type "text/html"
assert_security_headers
assert_body_has "CIMoLT is tijdelijk niet beschikbaar"
assert_body_has "CIMoLT is temporarily unavailable"
http POST / --data a=b
assert_status 502
assert_body_has "CIMoLT is tijdelijk niet beschikbaar"

stack_fcgi_start || fail "could not start cimoltd again"
CLEANUPS=()
http GET /
assert_html_page 200
