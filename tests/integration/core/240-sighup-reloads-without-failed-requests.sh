# SIGHUP to the master reloads it (a new generation of children replaces
# the old) while requests keep coming: every one of them is answered 200.
master=$(stack_pid cimoltd) || fail "cimoltd is not running"
before=$(children "$master" | sort -n)
old_gone() { [ -z "$(comm -12 <(echo "$before") <(children "$master" | sort -n))" ]; }

# Four clients, 800 requests each over keep-alive connections: about two
# seconds, so the reload happens while they run.
clients=()
for c in 1 2 3 4; do
	curl -s -o /dev/null -w '%{http_code}\n' --max-time 20 "$URL/?n=[1-800]" \
		>"$TEST_TMP/codes.$c" 2>&1 &
	clients+=($!)
done
sleep 0.3
kill -HUP "$master" || fail "cannot send SIGHUP"
wait_for 15 old_gone ||
	fail "children from before the reload still run: $(comm -12 <(echo "$before") <(children "$master" | sort -n) | tr '\n' ' ')"
running=0
for p in "${clients[@]}"; do kill -0 "$p" 2>/dev/null && running=$((running + 1)); done
[ "$running" -gt 0 ] || fail "the clients had finished before the reload was over"
wait

cat "$TEST_TMP"/codes.* >"$TEST_TMP/codes"
assert_eq "$(wc -l <"$TEST_TMP/codes")" 3200 "responses"
bad=$(grep -vx 200 "$TEST_TMP/codes" | sort | uniq -c | tr '\n' ' ')
assert_eq "$bad" "" "responses other than 200 during the reload"
assert_eq "$(stack_pid cimoltd)" "$master" "cimoltd master PID"
http GET /
assert_status 200
