# A client that does not ask to keep the connection (Apache's
# mod_proxy_fcgi, as configured by the project's snippet) gets its answer
# and then the connection closed by cimoltd.
[ -S "$STACK_FCGI_SOCK" ] || fail "no cimoltd socket at $STACK_FCGI_SOCK"
python3 - "$STACK_FCGI_SOCK" <<'PY' || fail "a connection not kept"
import sys
from fastcgi import Connection

c = Connection(sys.argv[1])
got = c.get("/healthz", keep=False)
if got != (200, b"ok\n"):
    print(f"answer {got}, expected (200, b'ok\\n')")
    sys.exit(1)
if not c.closed_by_server():
    print("the connection is still open 2 s after the answer")
    sys.exit(1)
PY
