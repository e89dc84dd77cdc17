# cimoltd's log lines start with an ISO 8601 time (milliseconds, offset)
# when stderr is a file; when stderr is the journal (systemd's
# JOURNAL_STREAM names its device and inode), the journal stamps them and
# they start with the level. A JOURNAL_STREAM inherited by a process whose
# stderr is elsewhere does not count.
cfg=$TEST_TMP/cimolt.ini
sock=$STACK_SOCKDIR/t-stamp.sock
stack_write_config "$cfg" "" "" "unix:$sock"
iso='[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3}[+-][0-9]{2}:[0-9]{2}'

# run_cimoltd LOG [ENV...]: start a separate cimoltd with stderr appended
# to LOG, wait until it listens, and stop it again.
run_cimoltd() {
	local log=$1 pid
	shift
	env "$@" "$STACK_BIN/cimoltd" -c "$cfg" 2>>"$log" >/dev/null &
	pid=$!
	on_exit "kill -KILL $pid 2>/dev/null; rm -f '$sock'"
	wait_for 5 test -S "$sock" || fail "cimoltd did not open $sock: $(tail -n 3 "$log")"
	kill -TERM "$pid"
	stack_wait_gone "$pid" 6 || fail "cimoltd did not stop"
	wait "$pid"
}

: >"$TEST_TMP/file.log"
t0=$(date +%s)
run_cimoltd "$TEST_TMP/file.log" -u JOURNAL_STREAM
grep -q . "$TEST_TMP/file.log" || fail "cimoltd logged nothing"
bad=$(grep -Evm1 "^$iso (error|warn|info|debug) cimoltd(-worker|-courier)?\[[0-9]+\]: " "$TEST_TMP/file.log")
assert_eq "$bad" "" "a line without a time in front"
first=$(head -n 1 "$TEST_TMP/file.log" | cut -d' ' -f1)
t=$(date -d "$first" +%s) || fail "date cannot read '$first'"
[ $((t - t0)) -ge -1 ] && [ $((t - t0)) -le 10 ] || fail "the first line's time $first is not now"
grep -qE "^$iso info cimoltd\[[0-9]+\]: started [0-9]+ workers" "$TEST_TMP/file.log" ||
	fail "no stamped 'started' line: $(head -n 3 "$TEST_TMP/file.log")"

: >"$TEST_TMP/journal.log"
run_cimoltd "$TEST_TMP/journal.log" JOURNAL_STREAM="$(stat -c %d:%i "$TEST_TMP/journal.log")"
grep -qE "^info cimoltd\[[0-9]+\]: started [0-9]+ workers" "$TEST_TMP/journal.log" ||
	fail "no unstamped 'started' line: $(head -n 3 "$TEST_TMP/journal.log")"
bad=$(grep -Ev "^(error|warn|info|debug) cimoltd" "$TEST_TMP/journal.log" | head -n 1)
assert_eq "$bad" "" "a line for the journal that does not start with its level"

: >"$TEST_TMP/other.log"
run_cimoltd "$TEST_TMP/other.log" JOURNAL_STREAM="$(stat -c %d:%i "$TEST_TMP/journal.log")"
grep -qE "^$iso info cimoltd\[[0-9]+\]: started" "$TEST_TMP/other.log" ||
	fail "stderr is not the journal's, yet no time in front: $(head -n 1 "$TEST_TMP/other.log")"
