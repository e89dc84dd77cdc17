# SIGHUP to the master reloads it (a new generation of workers) while
# requests keep coming: every one of them is answered 200.
master=$(stack_pid cimoltd) || fail "cimoltd is not running"
before=$(children "$master" | sort -n)

# Four clients, 150 requests each, over keep-alive connections.
for c in 1 2 3 4; do
	curl -s -o /dev/null -w '%{http_code}\n' --max-time 10 "$URL/?n=[1-150]" \
		>"$TEST_TMP/codes.$c" 2>&1 &
done
sleep 0.3
kill -HUP "$master" || fail "cannot send SIGHUP"
wait
cat "$TEST_TMP"/codes.* >"$TEST_TMP/codes"
assert_eq "$(wc -l <"$TEST_TMP/codes")" 600 "responses"
bad=$(grep -vx 200 "$TEST_TMP/codes" | sort | uniq -c | tr '\n' ' ')
assert_eq "$bad" "" "responses other than 200 during the reload"

assert_eq "$(stack_pid cimoltd)" "$master" "cimoltd master PID"
# The reload replaced the children.
wait_for 5 eval '[ -z "$(comm -12 <(echo "$before") <(children "$master" | sort -n))" ]' ||
	fail "children before the reload still run: $(comm -12 <(echo "$before") <(children "$master" | sort -n) | tr '\n' ' ')"
http GET /
assert_status 200
