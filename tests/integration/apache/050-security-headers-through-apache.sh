# Through Apache every answer carries the security headers once: the
# pages (cimoltd's own), static files, a missing static file's 404 and
# cimoltd's error pages. Strict-Transport-Security only over TLS.
apache_up
for path in / /programma /bestaat-niet /static/cimolt.css /static/bestaat-niet.css; do
	http GET "$path"
	assert_security_headers
	assert_no_header Strict-Transport-Security
done

URL=$STACK_APACHE_TLS_URL
for path in / /static/cimolt.css /static/bestaat-niet.css; do
	http GET "$path"
	assert_security_headers
	assert_header Strict-Transport-Security "max-age=31536000"
done
