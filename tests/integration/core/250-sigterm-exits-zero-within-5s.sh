# SIGTERM makes cimoltd (a separate one, on its own socket) stop its
# children and exit with status 0 within 5 s.
cfg=$TEST_TMP/cimolt.ini
sock=$STACK_SOCKDIR/t-term.sock
stack_write_config "$cfg" "" "" "unix:$sock"
"$STACK_BIN/cimoltd" -c "$cfg" >"$TEST_TMP/log" 2>&1 &
pid=$!
on_exit "kill -KILL $pid 2>/dev/null; rm -f '$sock'"
wait_for 5 test -S "$sock" || fail "cimoltd did not open $sock: $(tail -n 3 "$TEST_TMP/log")"
# Let it fork its children: workers = auto, one per CPU (at least 2),
# and the courier.
cpus=$(nproc)
want=$(((cpus < 2 ? 2 : cpus) + 1))
wait_for 5 eval '[ "$(children $pid | wc -l)" -ge $want ]' || fail "cimoltd did not start its $want children"
kids=$(children "$pid")

t0=$(date +%s%N)
kill -TERM "$pid"
stack_wait_gone "$pid" 5 || fail "cimoltd still runs 5 s after SIGTERM"
ms=$((($(date +%s%N) - t0) / 1000000))
wait "$pid"
assert_eq "$?" 0 "exit status after SIGTERM (${ms} ms)"
for k in $kids; do
	[ -d "/proc/$k" ] && fail "child $k still runs after the master exited"
done
[ ! -e "$sock" ] || fail "the socket $sock was left behind"
