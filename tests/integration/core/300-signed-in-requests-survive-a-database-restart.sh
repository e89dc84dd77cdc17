# MariaDB restarts while the stack is idle, so every worker holds a
# connection that is gone. The first signed-in request each worker then
# serves (whose session is read before any transaction) reconnects and
# answers 200, not 503: every worker meets the restarted server, and
# not one request fails.
jar=t300
sign_in_as "$jar" member
http_as "$jar" GET /
assert_status 200
n=$(workers | wc -l)
[ "$n" -ge 2 ] || fail "expected at least 2 workers, found $n"
# A request in each worker first, so that every one holds a connection
# (a worker that has not served since it started while the database was
# down has none to lose).
python3 -m fastcgi each-worker "$STACK_FCGI_SOCK" "$n" / "sid=$(cookie "$jar" sid)" >"$TEST_TMP/codes"
assert_eq "$(grep -cx 200 "$TEST_TMP/codes")" "$n" "requests answered 200 before the restart"

stack_stop mariadb 2>/dev/null || fail "could not stop MariaDB"
on_exit 'stack_db_start'
stack_db_start || fail "could not start MariaDB again"
log_mark

# Requests at once reach different workers; rounds until every worker
# has logged its lost connection (at most 5 rounds).
every_worker_reconnects "$jar" "the restart"
# Still signed in, as the member.
http_as "$jar" GET "/?format=xml"
assert_status 200
assert_xpath "/page/user/@role" member
