# tests/integration/lib/core.sh: cimoltd's processes and its log, for the
# core tests that kill, restart or starve parts of the stack (loaded by
# tests/integration/run).

# workers: the PIDs of cimoltd's workers (the children of the master that
# hold its listening socket; the courier has closed it), one per line.
workers() {
	local master c fd listen
	master=$(stack_pid cimoltd) || return 0
	listen=$(for fd in /proc/"$master"/fd/*; do readlink "$fd"; done | grep '^socket:' | sort -u)
	for c in $(children "$master" 2>/dev/null); do
		for fd in /proc/"$c"/fd/*; do
			if grep -qxF -- "$(readlink "$fd" 2>/dev/null)" <<<"$listen"; then
				echo "$c"
				break
			fi
		done
	done | sort -n
}

# courier: the PID of cimoltd's courier (the child without the socket;
# not one that died and was not reaped yet).
courier() {
	local master c fd listen
	master=$(stack_pid cimoltd) || return 0
	listen=$(for fd in /proc/"$master"/fd/*; do readlink "$fd"; done | grep '^socket:' | sort -u)
	for c in $(children "$master" 2>/dev/null); do
		[ "$(awk '{ print $3 }' "/proc/$c/stat" 2>/dev/null)" = Z ] && continue
		for fd in /proc/"$c"/fd/*; do
			grep -qxF -- "$(readlink "$fd" 2>/dev/null)" <<<"$listen" && continue 2
		done
		echo "$c"
	done
}

# log_mark: remember where cimoltd's log ends now; log_since prints what
# was written to it after the last log_mark.
log_mark() { LOG_MARK=$(stat -c %s "$STACK_LOG/cimoltd.log"); }
log_since() { tail -c +$((LOG_MARK + 1)) "$STACK_LOG/cimoltd.log"; }

# parallel_gets N PATH [CURL ARGS...]: N requests for PATH at once; prints
# their statuses, one per line.
parallel_gets() {
	local n=$1 path=$2 i pids=()
	shift 2
	for ((i = 0; i < n; i++)); do
		curl -sSk --max-time 20 -o /dev/null -w '%{http_code}\n' "$@" "$URL$path" &
		pids+=($!)
	done
	# Not a bare wait: a server the test restarted is a child too.
	wait "${pids[@]}"
}

# reload_cimoltd: SIGHUP the master and wait until the children from
# before are gone and the new workers answer.
reload_cimoltd() {
	local master before
	master=$(stack_pid cimoltd) || return 1
	before=$(children "$master" 2>/dev/null | sort -n)
	kill -HUP "$master" || return 1
	wait_for 10 eval '[ -z "$(comm -12 <(echo "$before") <(children "$master" 2>/dev/null | sort -n))" ]' || return 1
	wait_for 10 eval '[ "$(workers | wc -l)" -ge 2 ]'
}

# every_worker_reconnects JAR WHAT [PAUSE]: rounds (at most 5, PAUSE
# seconds apart) of as many signed-in GETs as there are workers, with
# JAR's session, one in each worker (each on a new connection to
# cimoltd's socket, all started before any is finished: fastcgi.py's
# each-worker; through nginx they would go on its kept connections,
# which stay with the workers that accepted them, and a worker that
# waits takes whichever comes). Every answer must be 200; the rounds end
# when every worker has logged a lost connection since log_mark, and the
# test fails when one has not by then. WHAT says after what, for the
# messages.
every_worker_reconnects() {
	local jar=$1 what=$2 pause=${3:-0} n round bad met w
	n=$(workers | wc -l)
	for round in 1 2 3 4 5; do
		python3 -m fastcgi each-worker "$STACK_FCGI_SOCK" "$n" / \
			"sid=$(cookie "$jar" sid)" >"$TEST_TMP/codes"
		bad=$(grep -vx 200 "$TEST_TMP/codes" | sort | uniq -c | tr '\n' ' ')
		assert_eq "$bad" "" "round $round: signed-in responses other than 200 after $what"
		met=0
		for w in $(workers); do
			log_since | grep -q "cimoltd-worker\[$w\]: db: .*connection lost" && met=$((met + 1))
		done
		[ "$met" -eq "$n" ] && break
		sleep "$pause"
	done
	assert_eq "$met" "$n" "workers that met the lost connection after $what"
}

# assert_static_css PATH FILE: the web server (nginx, or Apache for the
# apache/ tests) serves static file PATH itself: FILE's bytes as CSS,
# with the security headers and a year's cache lifetime, and gzipped
# (with Vary) to a client that asks for it.
assert_static_css() {
	http GET "$1"
	assert_status 200
	assert_header_prefix Content-Type "text/css"
	assert_security_headers
	assert_header Cache-Control "max-age=31536000"
	cmp -s "$TEST_TMP/body" "$2" || fail "$REQ: body differs from $2"

	http GET "$1" -H "Accept-Encoding: gzip"
	assert_status 200
	assert_header Content-Encoding gzip
	assert_header Vary Accept-Encoding
	gzip -dc "$TEST_TMP/body" | cmp -s - "$2" || fail "$REQ: gunzipped body differs from $2"
}
