# While cimoltd is down Apache answers 503 (mod_proxy cannot connect)
# with the static Dutch/English page and the security headers, for GET
# and POST; once cimoltd runs again, the next GET / is 200 (retry=0).
apache_up
stack_stop cimoltd 2>/dev/null || fail "could not stop cimoltd"
on_exit 'stack_fcgi_start'
http GET /
assert_status 503
assert_header Content-Type "text/html"
assert_security_headers
assert_body_has "CIMoLT is tijdelijk niet beschikbaar"
assert_body_has "CIMoLT is temporarily unavailable"
http POST /inloggen --data a=b
assert_status 503
assert_body_has "CIMoLT is tijdelijk niet beschikbaar"

stack_fcgi_start || fail "could not start cimoltd again"
CLEANUPS=()
http GET /
assert_html_page 200
