# cimoltd started while the database is down (a boot where it comes up
# first) runs, answers 503, and serves 200 once the database is there,
# without a restart.
stack_stop mariadb 2>/dev/null || fail "could not stop MariaDB"
on_exit 'stack_db_start'
stack_stop cimoltd 2>/dev/null || fail "could not stop cimoltd"
on_exit 'stack_pid cimoltd >/dev/null || stack_fcgi_start'
stack_fcgi_start || fail "cimoltd does not start while the database is down"
master=$(stack_pid cimoltd)

http GET /healthz
assert_status 503
http GET /
assert_html_page 503

stack_db_start || fail "could not start MariaDB again"
for i in 1 2 3 4 5 6 7 8; do
	http GET /
	assert_html_page 200
done
assert_eq "$(stack_pid cimoltd)" "$master" "cimoltd master PID"
