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
n=$(workers | wc -l)
http_as "$jar" GET /
assert_status 200
sleep 3
log_mark

for round in 1 2 3 4 5; do
	parallel_gets $((2 * n)) / -b "$(jar "$jar")" >"$TEST_TMP/codes"
	bad=$(grep -vx 200 "$TEST_TMP/codes" | sort | uniq -c | tr '\n' ' ')
	assert_eq "$bad" "" "round $round: signed-in responses other than 200 after wait_timeout"
	met=0
	for w in $(workers); do
		log_since | grep -q "cimoltd-worker\[$w\]: db: .*connection lost" && met=$((met + 1))
	done
	[ "$met" -eq "$n" ] && break
	sleep 3
done
assert_eq "$met" "$n" "workers whose idle connection the server had closed"
http_as "$jar" GET "/?format=xml"
assert_status 200
assert_xpath "/page/user/@role" member
