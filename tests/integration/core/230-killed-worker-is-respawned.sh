# A worker killed with SIGKILL is replaced by a new one within 2 s, and
# requests keep being answered 200 by the other workers meanwhile.
master=$(stack_pid cimoltd) || fail "cimoltd is not running"

# Workers hold the listening socket that the master opened; the courier
# has closed it.
listen=$(for fd in /proc/"$master"/fd/*; do readlink "$fd"; done | grep '^socket:' | sort -u)
[ -n "$listen" ] || fail "the master holds no socket"
workers() {
	local c fd
	for c in $(children "$master"); do
		for fd in /proc/"$c"/fd/*; do
			if grep -qxF -- "$(readlink "$fd" 2>/dev/null)" <<<"$listen"; then
				echo "$c"
				break
			fi
		done
	done | sort -n
}
before=$(workers)
n=$(wc -l <<<"$before")
[ -n "$before" ] && [ "$n" -ge 2 ] || fail "expected at least 2 workers, found: $before"
victim=$(head -n 1 <<<"$before")

kill -KILL "$victim" || fail "cannot kill worker $victim"
t0=$(date +%s%N)
respawned=
while [ $(($(date +%s%N) - t0)) -lt 2000000000 ]; do
	http GET /
	assert_status 200
	now=$(workers)
	if [ "$(wc -l <<<"$now")" -eq "$n" ] && ! grep -qx "$victim" <<<"$now"; then
		respawned=$(comm -13 <(sort <<<"$before") <(sort <<<"$now") | tr '\n' ' ')
		break
	fi
	sleep 0.05
done
[ -n "$respawned" ] || fail "no new worker within 2 s of killing $victim (workers now: $(workers | tr '\n' ' '))"
assert_eq "$(stack_pid cimoltd)" "$master" "cimoltd master PID"
for i in 1 2 3 4 5 6; do
	http GET /
	assert_status 200
done
