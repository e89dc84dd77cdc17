# tests/integration/lib/apache.sh: the tests of apache/ run the smoke
# tests through Apache httpd with the Apache snippet, in front of the
# same cimoltd as nginx (loaded by tests/integration/run).

# apache_up: start Apache for the test stack unless it runs (stack_down
# stops it), and point the http helpers at it (URL: plain HTTP).
apache_up() {
	stack_apache_start || fail "Apache did not start: $(tail -n 3 "$STACK_LOG/apache-error.log")"
	URL=$STACK_APACHE_URL
}
