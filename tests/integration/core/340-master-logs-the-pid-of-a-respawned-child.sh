# When the master replaces a dead worker or courier, the log says which
# process took the place of which.
master=$(stack_pid cimoltd) || fail "cimoltd is not running"
before=$(workers)
victim=$(head -n 1 <<<"$before")
[ -n "$victim" ] || fail "no worker"
log_mark
kill -KILL "$victim" || fail "cannot kill worker $victim"
# comm needs both lists in its own (text) order, which pids need not have.
new_workers() { comm -13 <(sort <<<"$before") <(workers | sort); }
new_worker() { new_workers | grep -q .; }
wait_for 5 new_worker || fail "no new worker within 5 s of killing $victim"
new=$(new_workers | head -n 1)
wait_for 2 eval 'log_since | grep -q "cimoltd\[$master\]: worker $new started in place of $victim\$"' ||
	fail "no log line 'worker $new started in place of $victim': $(log_since | tail -n 3)"

old=$(courier)
[ -n "$old" ] || fail "no courier"
log_mark
kill -KILL "$old" || fail "cannot kill the courier $old"
wait_for 5 eval '[ -n "$(courier)" ] && [ "$(courier)" != "$old" ]' || fail "no new courier within 5 s"
new=$(courier)
wait_for 2 eval 'log_since | grep -q "cimoltd\[$master\]: courier $new started in place of $old\$"' ||
	fail "no log line 'courier $new started in place of $old': $(log_since | tail -n 3)"
