# Apache serves /static/ itself: the file as it is, a year's cache
# lifetime, gzip for CSS when asked (with Vary), and a 404 for a file
# that is not there.
apache_up
http GET /static/errors/errors.css
assert_status 200
assert_header_prefix Content-Type "text/css"
assert_header Cache-Control "max-age=31536000"
cmp -s "$TEST_TMP/body" "$STACK_ROOT/static/errors/errors.css" || fail "$REQ: body differs from the file"

http GET /static/errors/errors.css -H "Accept-Encoding: gzip"
assert_status 200
assert_header Content-Encoding gzip
assert_header Vary Accept-Encoding
gzip -dc "$TEST_TMP/body" | cmp -s - "$STACK_ROOT/static/errors/errors.css" ||
	fail "$REQ: gunzipped body differs from the file"

http GET /static/favicon.svg -H "Accept-Encoding: gzip"
assert_status 200
assert_header_prefix Content-Type "image/svg+xml"
assert_header Content-Encoding gzip

http GET /static/bestaat-niet.css
assert_status 404
