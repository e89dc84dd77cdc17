# tests/integration/lib/sessions.sh: events with several sessions, their
# calendar files and the mails that tell registrants of a change (loaded
# by tests/integration/run).

# ical_python: the python3 that has the icalendar module (Debian's
# python3-icalendar, which dev/test installs); fails the test when none.
ical_python() {
	local py
	for py in python3 /usr/bin/python3; do
		if command -v "$py" >/dev/null 2>&1 && "$py" -c 'import icalendar' 2>/dev/null; then
			command -v "$py"
			return 0
		fi
	done
	fail "no python3 with the icalendar module (Debian package python3-icalendar)"
}

# event_id_of_location: the event id of the last answer's Location
# (/beheer/programma/ID?...).
event_id_of_location() {
	header Location | sed -nE 's|^/beheer/programma/([0-9]+).*|\1|p'
}

# change_mails EVENT TYPE: the uuids of the outbox rows of TYPE about EVENT,
# oldest first, once all are sent (waits up to 20 s).
change_mails() {
	wait_for 20 change_mails_sent "$1" "$2" ||
		fail "the $2 mails about event $1 are not all sent after 20 s"
	sql "SELECT uuid FROM outbox WHERE type = '$2' AND JSON_VALUE(body, '$.data.event.id') = $1 ORDER BY id"
}

# change_mails_sent EVENT TYPE: none of those mails is still to be sent.
change_mails_sent() {
	[ "$(sql "SELECT COUNT(*) FROM outbox WHERE type = '$2'
		AND JSON_VALUE(body, '$.data.event.id') = $1 AND status <> 'sent'")" = 0 ]
}

# session_uids EVENT: the UIDs (before @) of the event's session rows in
# start order, one a line.
session_uids() {
	sql "SELECT uid_key FROM event_sessions WHERE event_id = $1 ORDER BY starts_at, id"
}

# add_registration EVENT ORG NAME EMAIL STATUS: store a registration
# straight in the database (confirmed, waiting at the end of the list,
# or cancelled), with the event's counters; prints its id.
add_registration() {
	sql "INSERT INTO registrations (event_id, organisation_id, name, email, job_title, lang, status,
		waiting_seq, token_hash, created_at, verified_at, cancelled_at) VALUES ($1, $2, '$3', '$4',
		'Inkoper', 'nl', '$5', IF('$5' = 'waiting', (SELECT COALESCE(MAX(w.waiting_seq), 0) + 1 FROM
		registrations w WHERE w.event_id = $1), NULL), UNHEX(SHA2('$4-$1', 256)), UTC_TIMESTAMP(),
		UTC_TIMESTAMP(), IF('$5' = 'cancelled', UTC_TIMESTAMP(), NULL));
		SELECT LAST_INSERT_ID();
		UPDATE events SET confirmed_count = confirmed_count + ('$5' = 'confirmed'),
		waiting_count = waiting_count + ('$5' = 'waiting') WHERE id = $1" ||
		fail "cannot add a $5 registration of $4"
}

# change_mail_check UUID PY EXPECTED-TEXT METHOD SEQUENCE UIDS...: the SMTP
# copy of the change mail UUID: one message, a text part that is exactly
# EXPECTED-TEXT (with LINK standing for the management link in it) and a
# text/calendar attachment with method METHOD that the icalendar parser
# PY reads as METHOD, one VEVENT per UID (in order) with SEQUENCE, and
# for CANCEL each STATUS:CANCELLED. Sets LINK to the link's path.
change_mail_check() {
	local uuid=$1 py=$2 files
	files=$(smtp_files "$uuid")
	[ "$(grep -c . <<<"$files")" = 1 ] || fail "expected one SMTP copy of $uuid, got: $files"
	printf '%s\n' "$3" >"$TEST_TMP/want-text"	# $(...) dropped its last line end
	cat >"$TEST_TMP/change-mail.py" <<'PY'
import email, email.policy, json, re, sys, icalendar
path, want_path, base, method, seq, *uids = sys.argv[1:]
c = json.load(open(path, encoding="utf-8"))
msg = email.message_from_bytes(c["data"].encode("utf-8"), policy=email.policy.default)
problems = []
if msg.get_content_type() != "multipart/mixed":
    problems.append("Content-Type %s" % msg.get_content_type())
parts = list(msg.iter_parts())
types = [p.get_content_type() for p in parts]
if types != ["text/plain", "text/calendar"]:
    problems.append("parts %r" % types)
    print("\n".join(problems), file=sys.stderr)
    sys.exit(1)
text = parts[0].get_content().replace("\r\n", "\n")
m = re.search(re.escape(base) + r"(/aanmelding/[A-Za-z0-9_-]{43})\n", text)
link = m.group(1) if m else ""
want = open(want_path, encoding="utf-8").read().replace("LINK", base + link)
if text != want:
    problems.append("text %r,\n expected %r" % (text, want))
if parts[1].get_param("method") != method:
    problems.append("Content-Type method=%r" % parts[1].get_param("method"))
cal = icalendar.Calendar.from_ical(parts[1].get_payload(decode=True))
if str(cal.get("METHOD")) != method:
    problems.append("METHOD %r" % cal.get("METHOD"))
got = [(str(v.get("UID")), v.decoded("SEQUENCE"), str(v.get("STATUS"))) for v in cal.walk("VEVENT")]
exp = [(u, int(seq), "CANCELLED" if method == "CANCEL" else "CONFIRMED") for u in uids]
if got != exp:
    problems.append("VEVENTs (UID, SEQUENCE, STATUS) %r,\n expected %r" % (got, exp))
if problems:
    print("\n".join(problems), file=sys.stderr)
    sys.exit(1)
print(link)
PY
	LINK=$("$py" "$TEST_TMP/change-mail.py" "$files" "$TEST_TMP/want-text" "$STACK_URL" "$4" "$5" "${@:6}") ||
		fail "the mail $uuid is not as agreed"
}
