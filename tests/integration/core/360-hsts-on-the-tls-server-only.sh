# The nginx snippet sends Strict-Transport-Security on every response of
# the TLS server (cimoltd's pages, its error pages, static files) and on
# none of the plain HTTP server.
for path in / /bestaat-niet /static/cimolt.css; do
	URL=$STACK_TLS_URL http GET "$path"
	assert_header Strict-Transport-Security "max-age=31536000"
	URL=$STACK_URL http GET "$path"
	assert_no_header Strict-Transport-Security
done
