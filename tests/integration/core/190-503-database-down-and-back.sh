# With the database stopped, /healthz answers 503 and GET / the rendered
# 503 page; once it runs again the same cimoltd (not restarted) answers
# 200 on every request, its workers having reconnected.
master=$(stack_pid cimoltd) || fail "cimoltd is not running"
stack_stop mariadb 2>/dev/null || fail "could not stop MariaDB"
on_exit 'stack_db_start'

http GET /healthz
assert_status 503
assert_header_prefix Content-Type "text/plain"
assert_security_headers
http GET /
assert_html_page 503
http GET "/?format=xml"
assert_status 503
assert_xpath "/page/error/@status" 503

stack_db_start || fail "could not start MariaDB again"
# More requests than workers, so every worker meets the restarted server.
for i in 1 2 3 4 5 6 7 8; do
	http GET /healthz
	assert_status 200
	http GET /
	assert_html_page 200
done
assert_eq "$(stack_pid cimoltd)" "$master" "cimoltd master PID"
