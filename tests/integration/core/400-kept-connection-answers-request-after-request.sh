# A client that asks cimoltd to keep the connection (FCGI_KEEP_CONN, as
# nginx's fastcgi_keep_conn does) gets request after request answered on
# that one connection, each in full.
[ -S "$STACK_FCGI_SOCK" ] || fail "no cimoltd socket at $STACK_FCGI_SOCK"
python3 - "$STACK_FCGI_SOCK" <<'PY' || fail "requests on one kept connection"
import sys
from fastcgi import Connection

c = Connection(sys.argv[1])
got = [c.get("/healthz") for _ in range(5)]
want = [(200, b"ok\n")] * 5
if got != want:
    print(f"answers {got}, expected {want}")
    sys.exit(1)
PY
