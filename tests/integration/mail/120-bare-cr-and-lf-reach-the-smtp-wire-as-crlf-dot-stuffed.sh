# Every line end of a mail text goes over the SMTP wire as CRLF, a bare
# CR and a bare LF included, so a line of one "." is dot-stuffed (".."):
# the text "a<CR>.<CR><LF>b<LF>.<LF>c" (an SMTP-smuggling attempt)
# arrives as the lines a, ".", b, ".", c, and the wire has no bare CR or
# LF and no lone "." line but the one that ends the data.
queue_messages 1 "$TEST_TMP/uuids" $'a\r.\r\nb\n.\nc'
uuid=$(cat "$TEST_TMP/uuids")
wait_outbox "$uuid" sent 20
file=$(smtp_files "$uuid")
[ -n "$file" ] || fail "the SMTP receiver has no message for $uuid"
python3 - "${file%.json}" <<'PY' || fail "the SMTP wire of $uuid is not as agreed"
import sys
base = sys.argv[1]
wire = open(base + ".wire", "rb").read()
eml = open(base + ".eml", "rb").read()
bad = [i for i, c in enumerate(wire) if (c == 13 and wire[i + 1:i + 2] != b"\n")
       or (c == 10 and wire[i - 1:i] != b"\r")]
if bad:
    sys.exit("bare CR or LF on the wire at %s: %r" % (bad[:3], wire[max(0, bad[0] - 20):bad[0] + 20]))
lines = wire.split(b"\r\n")
if lines[-2:] != [b".", b""] or b"." in lines[:-2]:
    sys.exit("a lone '.' line before the end of the data: %r" % wire[-80:])
body = eml.split(b"\r\n\r\n", 1)[1]
if body != b"a\r\n.\r\nb\r\n.\r\nc\r\n":
    sys.exit("the body as received: %r" % body)
PY
