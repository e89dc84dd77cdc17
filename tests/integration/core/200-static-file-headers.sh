# nginx serves /static/ with the security headers, a long cache lifetime
# and gzip for CSS; a missing static file's 404 carries the headers too.
http GET /static/errors/errors.css
assert_status 200
assert_header_prefix Content-Type "text/css"
assert_security_headers
assert_header Cache-Control "max-age=31536000"
cmp -s "$TEST_TMP/body" "$STACK_ROOT/static/errors/errors.css" || fail "$REQ: body differs from the file"

http GET /static/errors/errors.css -H "Accept-Encoding: gzip"
assert_status 200
assert_header Content-Encoding gzip
assert_header Vary Accept-Encoding
gzip -dc "$TEST_TMP/body" | cmp -s - "$STACK_ROOT/static/errors/errors.css" ||
	fail "$REQ: gunzipped body differs from the file"

http GET /static/errors/unavailable.html
assert_status 200
assert_security_headers

http GET /static/bestaat-niet.css
assert_status 404
assert_security_headers
