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
	wait_for 20 eval '[ "$(sql "SELECT COUNT(*) FROM outbox WHERE type = '\''$2'\''
		AND JSON_VALUE(body, '\''$.data.event.id'\'') = $1 AND status <> '\''sent'\''")" = 0 ]' ||
		fail "the $2 mails about event $1 are not all sent after 20 s"
	sql "SELECT uuid FROM outbox WHERE type = '$2' AND JSON_VALUE(body, '$.data.event.id') = $1 ORDER BY id"
}

# session_uids EVENT: the UIDs (before @) of the event's session rows in
# start order, one a line.
session_uids() {
	sql "SELECT uid_key FROM event_sessions WHERE event_id = $1 ORDER BY starts_at, id"
}
