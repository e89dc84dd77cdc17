# nginx serves /static/ with the security headers, a long cache lifetime
# and gzip for CSS; a missing static file's 404 carries the headers too.
assert_static_css /static/errors/errors.css "$STACK_ROOT/static/errors/errors.css"

http GET /static/errors/unavailable.html
assert_status 200
assert_security_headers

http GET /static/bestaat-niet.css
assert_status 404
assert_security_headers
