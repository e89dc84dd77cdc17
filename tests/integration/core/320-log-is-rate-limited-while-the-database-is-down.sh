# With the database down, every request fails the same way; the log does
# not take one line per request. Each worker writes the first 5 lines of
# a kind in 10 s, then one line that counts the rest.
n=$(workers | wc -l)
[ "$n" -ge 2 ] || fail "expected at least 2 workers, found $n"
stack_stop mariadb 2>/dev/null || fail "could not stop MariaDB"
on_exit 'stack_db_start'
log_mark
t0=$(date +%s)

# 400 requests on keep-alive connections, 4 at a time.
for c in 1 2 3 4; do
	curl -s -o /dev/null -w '%{http_code}\n' --max-time 30 "$URL/?n=[1-100]" >"$TEST_TMP/codes.$c" &
	pids+=($!)
done
wait "${pids[@]}"
cat "$TEST_TMP"/codes.* >"$TEST_TMP/codes"
assert_eq "$(grep -cx 503 "$TEST_TMP/codes")" 400 "requests answered 503"
log_since | grep 'cimoltd-worker\[' >"$TEST_TMP/burst"
lines=$(wc -l <"$TEST_TMP/burst")
echo "# $lines worker log lines for 400 failed requests"
# Each worker at most 5 of a kind, of which a request meets one or two.
[ "$lines" -le $((n * 5 * 2)) ] ||
	fail "$lines log lines from $n workers for 400 requests: $(sort "$TEST_TMP/burst" | cut -d' ' -f3- | sed 's/\[[0-9]*\]//' | sort | uniq -c | head -n 5)"

# Once the 10 s are over, the next lines of each worker that left lines
# out say how many; with what was written, they count every failure. A
# request in each worker (see every_worker_reconnects) brings them out.
wait_for 15 eval '[ $(($(date +%s) - t0)) -ge 11 ]'
quiet=$(grep -o 'cimoltd-worker\[[0-9]*\]' "$TEST_TMP/burst" | sort | uniq -c | awk '$1 >= 5 { print $2 }')
[ -n "$quiet" ] || fail "no worker left a line out"
log_mark
for round in 1 2 3 4 5 6; do
	python3 -m fastcgi each-worker "$STACK_FCGI_SOCK" "$n" / >/dev/null
	told=$(log_since | grep -o 'cimoltd-worker\[[0-9]*\]: … [0-9]* more like this' | cut -d: -f1 | sort -u)
	[ "$told" = "$quiet" ] && break
	sleep 0.2
done
assert_eq "$told" "$quiet" "workers that counted what they left out"
summary=$(log_since | grep -o 'cimoltd-worker\[[0-9]*\]: … [0-9]* more like this in the last 10 s: .*' | head -n 1)
echo "# then: ${summary%% through*}"
case $summary in
*": … "*" more like this in the last 10 s: db: cannot connect: "*) ;;
*) fail "the count does not say what it counts: $summary" ;;
esac
# The workers' counts only: the courier, which also meets the stopped
# database, counts its own lines.
left=$(log_since | grep -o 'cimoltd-worker\[[0-9]*\]: … [0-9]* more like this' |
	awk '{ s += $3 } END { print s + 0 }')
written=$(grep -c 'db: cannot connect' "$TEST_TMP/burst")
assert_eq "$((left + written))" 400 "lines written ($written) and counted ($left) for the 400 requests"
