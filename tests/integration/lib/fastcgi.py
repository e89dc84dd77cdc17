"""tests/integration/lib/fastcgi.py: a FastCGI client (FastCGI 1.0, the
responder role) for the tests that talk to cimoltd's socket themselves,
without the web server in front: several requests on one connection that
the client asks to keep (FCGI_KEEP_CONN), or one that it does not, or
one request in each of N workers (nginx would send them on the
connections it keeps, which stay with the workers that accepted them):

    python3 -m fastcgi each-worker SOCKET N PATH [COOKIE]

prints the N statuses, one a line. Python 3 standard library only.
"""

import socket
import struct
import sys
import time

BEGIN_REQUEST, END_REQUEST, PARAMS, STDIN, STDOUT = 1, 3, 4, 5, 6
RESPONDER = 1
KEEP_CONN = 1


def _record(kind, request_id, content=b""):
    return struct.pack(">BBHHBB", 1, kind, request_id, len(content), 0, 0) + content


def _length(n):
    return bytes([n]) if n < 128 else struct.pack(">I", n | 0x80000000)


def _pairs(params):
    out = b""
    for name, value in params.items():
        name, value = name.encode(), value.encode()
        out += _length(len(name)) + _length(len(value)) + name + value
    return out


class Closed(Exception):
    """The server closed the connection."""


class Connection:
    """One connection to a FastCGI server's unix socket."""

    def __init__(self, path, timeout=10):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(timeout)
        self.sock.connect(path)

    def _exactly(self, n):
        data = b""
        while len(data) < n:
            part = self.sock.recv(n - len(data))
            if not part:
                raise Closed()
            data += part
        return data

    def start(self, path, keep=True, request_id=1, cookie=None):
        """Sends the start of a GET of path as nginx would send it, with
        the Cookie header cookie when given: all but the end of its
        parameters. A worker that reads it waits for the rest."""
        params = {
            "REQUEST_METHOD": "GET", "REQUEST_URI": path, "DOCUMENT_URI": path,
            "QUERY_STRING": "", "SCRIPT_NAME": "", "PATH_INFO": path,
            "SERVER_PROTOCOL": "HTTP/1.1", "REQUEST_SCHEME": "http",
            "GATEWAY_INTERFACE": "CGI/1.1", "REMOTE_ADDR": "127.0.0.1",
            "SERVER_NAME": "localhost", "HTTP_HOST": "localhost",
        }
        if cookie is not None:
            params["HTTP_COOKIE"] = cookie
        self.request_id = request_id
        flags = KEEP_CONN if keep else 0
        self.sock.sendall(
            _record(BEGIN_REQUEST, request_id, struct.pack(">HB5x", RESPONDER, flags))
            + _record(PARAMS, request_id, _pairs(params)))

    def finish(self):
        """Sends the rest of the request start() began and reads the
        answer: returns (status, body). Raises Closed when the server
        closes the connection instead, and socket.timeout when it does
        not answer in time."""
        self.sock.sendall(_record(PARAMS, self.request_id) + _record(STDIN, self.request_id))
        out = b""
        while True:
            _, kind, _, length, padding, _ = struct.unpack(">BBHHBB", self._exactly(8))
            content = self._exactly(length + padding)[:length]
            if kind == STDOUT:
                out += content
            elif kind == END_REQUEST:
                break
        head, _, body = out.partition(b"\r\n\r\n")
        status = 200
        for line in head.split(b"\r\n"):
            if line.lower().startswith(b"status:"):
                status = int(line.split()[1])
        return status, body

    def get(self, path, keep=True, request_id=1, cookie=None):
        """GET path (start and finish); returns (status, body)."""
        self.start(path, keep, request_id, cookie)
        return self.finish()

    def closed_by_server(self, wait=2):
        """True when the server closes the connection within wait s."""
        self.sock.settimeout(wait)
        try:
            return self.sock.recv(1) == b""
        except socket.timeout:
            return False

    def close(self):
        self.sock.close()


def each_worker(path_of_socket, n, path, cookie=None):
    """n GETs of path, each on a new connection, all started (start())
    before any is finished: a worker that has read the start of one
    waits for its end, so that the n requests go to n different workers
    when there are at least n (a worker waits on all of its connections
    at once and otherwise takes whichever comes). Returns their statuses
    (0 for a request that got no answer), in the order started."""
    conns, statuses = [], [0] * n
    for _ in range(n):
        c = Connection(path_of_socket, timeout=20)
        c.start(path, keep=False, cookie=cookie)
        conns.append(c)
    time.sleep(0.5)     # for every start to be read by a worker
    for i, c in enumerate(conns):
        try:
            statuses[i] = c.finish()[0]
        except (OSError, Closed):
            pass
        c.close()
    return statuses


if __name__ == "__main__":
    if len(sys.argv) not in (5, 6) or sys.argv[1] != "each-worker":
        sys.exit("usage: python3 -m fastcgi each-worker SOCKET N PATH [COOKIE]")
    for status in each_worker(sys.argv[2], int(sys.argv[3]), sys.argv[4],
                              sys.argv[5] if len(sys.argv) == 6 else None):
        print(status)
