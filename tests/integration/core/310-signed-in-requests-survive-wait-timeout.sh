# The server closes connections idle longer than wait_timeout (8 hours
# by default: every morning). With wait_timeout at 2 s, workers that
# waited 3 s serve signed-in requests at once with 200, not 503.
jar=t310
sign_in_as "$jar" member
before=$(sql "SELECT @@GLOBAL.wait_timeout")
restore() {
	sql "SET GLOBAL wait_timeout = $before" && reload_cimoltd
}
on_exit restore
sql "SET GLOBAL wait_timeout = 2" || fail "cannot set wait_timeout"
# New children, whose connections take the new wait_timeout.
reload_cimoltd || fail "cimoltd did not reload"
http_as "$jar" GET /
assert_status 200
sleep 3
log_mark

every_worker_reconnects "$jar" "wait_timeout" 3
http_as "$jar" GET "/?format=xml"
assert_status 200
assert_xpath "/page/user/@role" member
