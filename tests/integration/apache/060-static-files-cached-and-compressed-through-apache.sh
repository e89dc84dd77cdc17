# Apache serves /static/ itself: the file as it is, with the security
# headers, a year's cache lifetime, gzip for CSS and SVG when asked
# (with Vary), and a 404 for a file that is not there.
apache_up
assert_static_css /static/errors/errors.css "$STACK_ROOT/static/errors/errors.css"

http GET /static/favicon.svg -H "Accept-Encoding: gzip"
assert_status 200
assert_header_prefix Content-Type "image/svg+xml"
assert_header Content-Encoding gzip

http GET /static/bestaat-niet.css
assert_status 404
