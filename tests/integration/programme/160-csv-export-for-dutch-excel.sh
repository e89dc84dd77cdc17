# The organisers' CSV export of an event's registrations opens as is in
# Dutch Excel: text/csv; charset=utf-8 as an attachment, the UTF-8 byte
# order mark first, ';' between fields, CRLF after every row, a header
# row; a field with ';' or '"' quoted (quotes doubled), and a field that
# starts with =, +, - or @ defused with a leading ' so that it is never a
# formula. Every registration is a row with its status and, when waiting,
# its place on the list.
new_event "capacity = 3"
ede=$(org_id GM0228) arnhem=$(org_id GM0202)
registered anon "$EVENT" "$ede" "Jansen; Piet" "piet-$$@ede.example" "Inkoper; contractbeheer"
registered anon "$EVENT" "$ede" 'Piet "PJ" de Vriës' "pj-$$@ede.example" Beleidsmedewerker
registered anon "$EVENT" "$arnhem" '=HYPERLINK("http://evil.example/x";"klik")' "formule-$$@arnhem.example" "+31 6 12345678"
registered anon "$EVENT" "$arnhem" "@Kees" "-kees-$$@arnhem.example" "-Adviseur"
registered anon "$EVENT" "$arnhem" "Anna Afgemeld" "anna-$$@arnhem.example" Wethouder
cancel_link anon "$TOKEN"

sign_in_as org organiser
http_as org GET "/beheer/programma/$EVENT/aanmeldingen.csv"
assert_status 200
assert_header Content-Type "text/csv; charset=utf-8"
assert_header_prefix Content-Disposition "attachment"
assert_security_headers
python3 - "$TEST_TMP/body" "$$" <<'PY' || fail "the CSV export"
import csv, io, re, sys
from cimolt_test import Problems, read_bytes
raw, pid = read_bytes(sys.argv[1]), sys.argv[2]
bad = Problems()
if not raw.startswith(b"\xef\xbb\xbf"):
    bad.add("does not start with the UTF-8 BOM: %r" % raw[:8])
body = raw[3:]
if not body.endswith(b"\r\n"):
    bad.add("does not end in CRLF")
if re.search(rb"(?<!\r)\n", body):
    bad.add("has a line feed without CR")
text = body.decode("utf-8")
rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";", quotechar='"', strict=True))
want_head = ["gemeente", "naam", "e-mail", "functie", "status", "wachtlijstplaats", "aangemeld op"]
if not rows or rows[0] != want_head:
    bad.add("header %r, expected %r" % (rows[:1], want_head))
want = sorted([
    ["Ede", "Jansen; Piet", "piet-%s@ede.example" % pid, "Inkoper; contractbeheer", "bevestigd", ""],
    ["Ede", 'Piet "PJ" de Vriës', "pj-%s@ede.example" % pid, "Beleidsmedewerker", "bevestigd", ""],
    ["Arnhem", "'=HYPERLINK(\"http://evil.example/x\";\"klik\")", "formule-%s@arnhem.example" % pid, "'+31 6 12345678", "bevestigd", ""],
    ["Arnhem", "'@Kees", "'-kees-%s@arnhem.example" % pid, "'-Adviseur", "wachtlijst", "1"],
    ["Arnhem", "Anna Afgemeld", "anna-%s@arnhem.example" % pid, "Wethouder", "geannuleerd", ""],
])
got = []
for r in rows[1:]:
    if len(r) != 7:
        bad.add("row of %d fields: %r" % (len(r), r))
        continue
    if not re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d(:\d\d)?", r[6]):
        bad.add("aangemeld op %r is not a date and time" % r[6])
    got.append(r[:6])
if sorted(got) != want:
    bad.add("rows:\n  %r\nexpected:\n  %r" % (sorted(got), want))
# The quoting itself, byte for byte.
for piece in ['"Jansen; Piet"', '"Piet ""PJ"" de Vriës"',
              '"\'=HYPERLINK(""http://evil.example/x"";""klik"")"', ";'+31 6 12345678;", ";'@Kees;"]:
    if piece not in text:
        bad.add("lacks %s" % piece)
for line in text.split("\r\n"):
    for field in next(csv.reader([line], delimiter=";")) if line else []:
        if field[:1] in ("=", "+", "-", "@"):
            bad.add("field %r could be taken for a formula" % field)
bad.exit()
PY
