# More idle kept connections than cimoltd has workers (three per worker)
# hold back no one: a worker waits on all of its connections and on the
# listening socket at once, so a new request through nginx is answered at
# once, and so is the next request on every one of the idle connections.
# (A worker that waited on one kept connection for its next request would
# leave the fifth connection unanswered here.)
[ -S "$STACK_FCGI_SOCK" ] || fail "no cimoltd socket at $STACK_FCGI_SOCK"
n=$(workers | wc -l)
[ "$n" -ge 2 ] || fail "expected at least 2 workers, found $n"
mkfifo "$TEST_TMP/go" "$TEST_TMP/held"
python3 - "$STACK_FCGI_SOCK" $((3 * n)) "$TEST_TMP/held" "$TEST_TMP/go" >"$TEST_TMP/py.out" 2>&1 <<'PY' &
import sys
from fastcgi import Connection

sock, n, held, go = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
conns, problems = [], []
for i in range(n):
    c = Connection(sock, timeout=5)
    try:
        got = c.get("/healthz")
    except Exception as e:
        got = repr(e)
    if got != (200, b"ok\n"):
        problems.append(f"first request on connection {i + 1}: {got}")
    conns.append(c)
with open(held, "w") as f:
    f.write(f"{len(conns)} held\n")
open(go).read()
for i, c in enumerate(conns):
    try:
        got = c.get("/healthz")
    except Exception as e:
        got = repr(e)
    if got != (200, b"ok\n"):
        problems.append(f"second request on connection {i + 1}: {got}")
print("\n".join(problems))
sys.exit(1 if problems else 0)
PY
py=$!
on_exit "kill $py 2>/dev/null || :"
held=$(timeout 60 cat "$TEST_TMP/held")
assert_eq "$held" "$((3 * n)) held" "idle kept connections opened"
http GET /healthz
assert_status 200
echo go >"$TEST_TMP/go"
wait "$py" || fail "$(cat "$TEST_TMP/py.out")"
