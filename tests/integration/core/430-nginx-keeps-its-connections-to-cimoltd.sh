# nginx passes requests to cimoltd on kept connections (the upstream's
# keepalive in nginx/cimolt-http.conf, fastcgi_keep_conn in the snippet):
# 20 requests one after another open at most one new connection per
# nginx worker, and connections stay open after the answers.
[ -S "$STACK_FCGI_SOCK" ] || fail "no cimoltd socket at $STACK_FCGI_SOCK"
# The inodes of the connections accepted on cimoltd's socket (state 03,
# connected, in /proc/net/unix, where they carry the socket's path).
accepted() { awk -v p="$STACK_FCGI_SOCK" '$6 == "03" && $8 == p { print $7 }' /proc/net/unix | sort; }
accepted >"$TEST_TMP/before"
for _ in $(seq 1 20); do
	http GET /healthz
	assert_status 200
done
accepted >"$TEST_TMP/after"
kept=$(wc -l <"$TEST_TMP/after")
new=$(comm -13 "$TEST_TMP/before" "$TEST_TMP/after" | wc -l)
[ "$kept" -ge 1 ] || fail "no connection to cimoltd open after the requests"
workers=$(grep -c "nginx: worker" <(for p in $(pgrep -P "$(stack_pid nginx)"); do cat /proc/$p/cmdline; echo; done))
[ "$new" -le "$workers" ] || fail "20 requests opened $new new connections ($workers nginx workers)"
