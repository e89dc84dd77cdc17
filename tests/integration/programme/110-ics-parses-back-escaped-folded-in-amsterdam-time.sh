# GET /programma/ID.ics is an RFC 5545 calendar that parses back to the
# event: text/calendar in UTF-8, CRLF line ends, no line longer than 75
# octets and no character split by folding; VERSION 2.0, a VTIMEZONE for
# Europe/Amsterdam, and DTSTART/DTEND in Dutch wall-clock time with
# TZID=Europe/Amsterdam; SUMMARY, DESCRIPTION and LOCATION unfold and
# unescape to exactly the stored texts, whose , ; \ and line breaks are
# escaped, never bare.
new_event "starts_at = '2027-11-02 09:30:00'" "ends_at = '2027-11-02 12:15:00'"
title='Inkopen, slim; circulair\lineair: "wat werkt?"'
desc=$'Eerste regel, met komma; puntkomma en \\ backslash.\nTweede regel: coördinatoren, één keer €10; daarna \\n is geen regeleinde.\r\nDerde regel na CRLF.\n\n'
desc+=$(printf 'Een lange tekst met ë, € en ✓ die gevouwen moet worden; %.0s' $(seq 12))
place='Stadhuis Ede; zaal 3, Bergstraat 4\Ede'
sql "UPDATE events SET title = $(sql_text "$title"), description = $(sql_text "$desc"),
	place = $(sql_text "$place") WHERE id = $EVENT"
assert_eq "$(sql "SELECT HEX(title) FROM events WHERE id = $EVENT")" \
	"$(printf '%s' "$title" | od -An -tx1 -v | tr -d ' \n' | tr a-f A-F)" "the stored title"

http GET "/programma/$EVENT.ics"
assert_status 200
assert_header Content-Type "text/calendar; charset=utf-8"
assert_security_headers
printf '%s' "$title" >"$TEST_TMP/title"
printf '%s' "$desc" >"$TEST_TMP/desc"
printf '%s' "$place" >"$TEST_TMP/place"
python3 - "$TEST_TMP/body" "$TEST_TMP" "$EVENT" <<'PY' || fail "the .ics of event $EVENT"
import re, sys
from cimolt_test import Problems, read, read_bytes
path, tmp, ev = sys.argv[1:]
raw = read_bytes(path)
want = {k: read("%s/%s" % (tmp, f))
        for k, f in (("SUMMARY", "title"), ("DESCRIPTION", "desc"), ("LOCATION", "place"))}
# In iCalendar a line break in a text is "\n"; the CR of a CRLF typed in
# a form has no meaning of its own.
want["DESCRIPTION"] = want["DESCRIPTION"].replace("\r\n", "\n")
bad = Problems()
if not raw.endswith(b"\r\n"):
    bad.add("does not end in CRLF")
phys = raw.split(b"\r\n")[:-1]
for n, l in enumerate(phys, 1):
    if b"\n" in l or b"\r" in l:
        bad.add("line %d has a bare CR or LF: %r" % (n, l[:80]))
    if len(l) > 75:
        bad.add("line %d is %d octets long: %r" % (n, len(l), l[:80]))
    try:
        l.decode("utf-8")
    except UnicodeDecodeError:
        bad.add("line %d splits a UTF-8 character: %r" % (n, l[-8:]))
# Unfold (RFC 5545 3.1): CRLF followed by one space or tab goes.
text = re.sub(rb"\r\n[ \t]", b"", raw).decode("utf-8")
lines = text.split("\r\n")[:-1]
if lines[:1] != ["BEGIN:VCALENDAR"] or lines[-1:] != ["END:VCALENDAR"]:
    bad.add("not BEGIN:VCALENDAR ... END:VCALENDAR: %r ... %r" % (lines[:1], lines[-1:]))
props, stack, tzids = {}, [], []
for l in lines:
    m = re.match(r"([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=[^:;]*)*):(.*)\Z", l, re.S)
    if not m:
        bad.add("not a content line: %r" % l[:80])
        continue
    name, params, value = m.group(1).upper(), m.group(2), m.group(3)
    if name == "BEGIN":
        stack.append(value)
    elif name == "END":
        if not stack or stack.pop() != value:
            bad.add("END:%s does not close what began" % value)
    elif stack == ["VCALENDAR", "VTIMEZONE"] and name == "TZID":
        tzids.append(value)
    elif stack == ["VCALENDAR"] or stack == ["VCALENDAR", "VEVENT"]:
        key = (stack[-1], name)
        if key in props:
            bad.add("%s appears twice in %s" % (name, stack[-1]))
        props[key] = (params, value)
def get(comp, name):
    return props.get((comp, name), (None, None))
if get("VCALENDAR", "VERSION")[1] != "2.0":
    bad.add("VERSION %r, expected 2.0" % (get("VCALENDAR", "VERSION")[1],))
if not get("VCALENDAR", "PRODID")[1]:
    bad.add("no PRODID")
if tzids != ["Europe/Amsterdam"]:
    bad.add("VTIMEZONE TZIDs %r, expected ['Europe/Amsterdam']" % tzids)
for name, when in (("DTSTART", "20271102T093000"), ("DTEND", "20271102T121500")):
    p, v = get("VEVENT", name)
    if (p, v) != (";TZID=Europe/Amsterdam", when):
        bad.add("%s%s:%s, expected %s;TZID=Europe/Amsterdam:%s" % (name, p, v, name, when))
if not re.fullmatch(r"\d{8}T\d{6}Z", get("VEVENT", "DTSTAMP")[1] or ""):
    bad.add("DTSTAMP %r is not a UTC date-time" % (get("VEVENT", "DTSTAMP")[1],))
if not get("VEVENT", "UID")[1]:
    bad.add("no UID")
def unescape(v, name):
    out, i = [], 0
    while i < len(v):
        c = v[i]
        if c == "\\":
            nxt = v[i + 1:i + 2]
            if nxt in ("\\", ";", ","):
                out.append(nxt)
            elif nxt in ("n", "N"):
                out.append("\n")
            else:
                bad.add("%s: bad escape \\%s" % (name, nxt))
            i += 2
            continue
        if c in ";,":
            bad.add("%s: bare %r at %d: %r" % (name, c, i, v[max(0, i - 20):i + 20]))
        out.append(c)
        i += 1
    return "".join(out)
for name in ("SUMMARY", "DESCRIPTION", "LOCATION"):
    p, v = get("VEVENT", name)
    if v is None:
        bad.add("no %s" % name)
        continue
    got = unescape(v, name)
    if got != want[name]:
        bad.add("%s unescapes to %r,\n  expected %r" % (name, got, want[name]))
bad.exit(12)
PY
