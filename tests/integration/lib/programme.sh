# tests/integration/lib/programme.sh: the programme: events,
# registrations and the notices about them (loaded by
# tests/integration/run).

# The organisers' address the tests' events notify.
NOTIFY=programma@circulairgelderland.example

# new_event [ASSIGNMENT...]: add an open masterclass of this test (in
# September 2027, capacity 30, 3 per municipality, notifying $NOTIFY),
# then apply the SQL assignments ("capacity = 2", "per_org_limit = NULL").
# Sets EVENT and EVENT_TITLE; the event and its registrations are removed
# when the test ends.
new_event() {
	local set
	EVENT_TITLE="Testmasterclass $(unique event)"
	EVENT=$(sql "INSERT INTO events (kind, audience, status, title, description,
		starts_at, ends_at, place, capacity, per_org_limit, notify_emails)
		VALUES ('masterclass', 'uitvoering', 'open', '$EVENT_TITLE',
		'Een masterclass die een test aanmaakt.', '2027-09-14 13:30:00',
		'2027-09-14 17:00:00', 'Stadhuis Ede, Bergstraat 4, Ede', 30, 3, '$NOTIFY');
		SELECT LAST_INSERT_ID()")
	[ -n "$EVENT" ] || fail "cannot add an event"
	on_exit "drop_event $EVENT"
	if [ $# -gt 0 ]; then
		set=$(IFS=,; printf '%s' "$*")
		sql "UPDATE events SET $set WHERE id = $EVENT" || fail "cannot set $set on event $EVENT"
	fi
}

# drop_event ID: remove an event a test made, with its registrations.
drop_event() {
	sql "DELETE FROM registrations WHERE event_id = $1; DELETE FROM events WHERE id = $1"
}

# register JAR EVENT ORG NAME EMAIL JOB [CURL ARGS...]: POST the
# registration form of EVENT as the visitor of JAR, with a valid csrf
# token; sets STATUS like http and, on a 303 to /aanmelding/TOKEN (a
# signed-in member registering their own address), TOKEN (else TOKEN is
# empty). A public registration answers 303 to the event's page with the
# notice registration.check-mail instead: see pending. Does not judge the
# outcome.
register() {
	local j=$1 ev=$2
	http_as "$j" POST "/programma/$ev/aanmelden" --data-urlencode "csrf=$(csrf "$j")" \
		--data-urlencode "organisatie=$3" --data-urlencode "naam=$4" \
		--data-urlencode "email=$5" --data-urlencode "functie=$6" "${@:7}"
	TOKEN=
	case $STATUS:$(header Location) in
	303:/aanmelding/*) TOKEN=$(header Location); TOKEN=${TOKEN#/aanmelding/} ;;
	esac
}

# pending EVENT: the last answer was the 303 of a registration stored to
# be confirmed (to /programma/EVENT?klaar=registration.check-mail).
pending() {
	[ "$STATUS" = 303 ] && [ "$(header Location)" = "/programma/$1?klaar=registration.check-mail" ]
}

# verify_uuid EMAIL: the uuid of the newest registration.verify mail to
# EMAIL (lower-case) in the outbox ("" when none).
verify_uuid() {
	sql "SELECT uuid FROM outbox WHERE type = 'registration.verify'
		AND JSON_VALUE(body, '$.mail.to[0]') = '$1' ORDER BY id DESC LIMIT 1"
}

# confirm_registration JAR EMAIL: use the link of the newest
# registration.verify mail to EMAIL as the webhook receiver got it, as
# the visitor of JAR: the GET shows the confirm button (200), pressing it
# (POST with csrf) answers 303 to the status page. Sets LINK and TOKEN.
confirm_registration() {
	local uuid
	uuid=$(verify_uuid "${2,,}")
	[ -n "$uuid" ] || fail "no registration.verify mail to $2 in the outbox"
	mail_link "$uuid" aanmelding
	TOKEN=${LINK#/aanmelding/}
	http_as "$1" GET "$LINK?format=xml"
	assert_status 200
	[ "$(xpath "count(//form[@name='confirm'][@action='$LINK/bevestigen'])")" = 1 ] ||
		fail "$REQ: no confirm button for $LINK/bevestigen"
	http_as "$1" POST "$LINK/bevestigen" --data-urlencode "csrf=$(csrf "$1")"
	assert_status 303
	assert_eq "$(header Location)" "$LINK" "$REQ: Location"
}

# registered JAR EVENT ORG NAME EMAIL JOB [CURL ARGS...]: register, which
# must succeed: a public registration is confirmed through the link
# mailed to EMAIL (confirm_registration), a member's own address at once
# (303 to the status page). Sets TOKEN.
registered() {
	register "$@"
	if [ -z "$TOKEN" ] && pending "$2"; then
		confirm_registration "$1" "$5"
	fi
	[ -n "$TOKEN" ] ||
		fail "$REQ ($5): status $STATUS, Location '$(header Location)', expected 303 to /aanmelding/TOKEN or the event's page; errors: $(xpath_errors)"
}

# add_confirmed EVENT ORG NAME EMAIL: store a confirmed registration
# straight in the database, with the event's counter, for tests about
# something else than registering (the form and its link cost seconds).
add_confirmed() {
	sql "INSERT INTO registrations (event_id, organisation_id, name, email, job_title, lang, status,
		token_hash, created_at, verified_at) VALUES ($1, $2, '$3', '$4', 'Inkoper', 'nl', 'confirmed',
		UNHEX(SHA2('$4-$1', 256)), UTC_TIMESTAMP(), UTC_TIMESTAMP());
		UPDATE events SET confirmed_count = confirmed_count + 1 WHERE id = $1" ||
		fail "cannot add a confirmed registration of $4"
}

# reg_of EVENT EMAIL COLUMNS: columns of the active (or else the latest)
# registration of EMAIL for EVENT.
reg_of() {
	sql "SELECT $3 FROM registrations WHERE event_id = $1 AND email = '$2'
		ORDER BY status = 'cancelled', id DESC LIMIT 1"
}

# reg_by_token TOKEN COLUMNS: columns of the registration of a status link.
reg_by_token() {
	sql "SELECT $2 FROM registrations WHERE token_hash = UNHEX(SHA2('$1', 256))"
}

# regs EVENT: the registrations of EVENT, one line each in id order:
# email, status, waiting_seq (NULL when not waiting).
regs() {
	sql "SELECT email, status, IFNULL(waiting_seq, 'NULL') FROM registrations
		WHERE event_id = $1 ORDER BY id"
}

# counters EVENT: "confirmed waiting" as the event's counter row says.
counters() { sql "SELECT CONCAT(confirmed_count, ' ', waiting_count) FROM events WHERE id = $1"; }

# counted EVENT: "confirmed waiting" as the registrations rows say.
counted() {
	sql "SELECT CONCAT(COUNT(IF(status = 'confirmed', 1, NULL)), ' ',
		COUNT(IF(status = 'waiting', 1, NULL))) FROM registrations WHERE event_id = $1"
}

# assert_counters EVENT CONFIRMED WAITING: the counter row and the rows
# agree, and say this.
assert_counters() {
	assert_eq "$(counted "$1")" "$2 $3" "registrations of event $1 (confirmed, waiting)"
	assert_eq "$(counters "$1")" "$2 $3" "counters of event $1 (confirmed_count, waiting_count)"
}

# cancel_link JAR TOKEN: POST /aanmelding/TOKEN/annuleren with a valid
# csrf token; must answer 303 back to the status page.
cancel_link() {
	http_as "$1" POST "/aanmelding/$2/annuleren" --data-urlencode "csrf=$(csrf "$1")"
	assert_status 303
	case $(header Location) in
	"/aanmelding/$2" | "/aanmelding/$2?"*) ;;
	*) fail "$REQ: Location '$(header Location)', expected /aanmelding/$2[?...]" ;;
	esac
}

# event_unsent EVENT: how many outbox rows about EVENT (data.event.id)
# are not sent yet.
event_unsent() {
	sql "SELECT COUNT(*) FROM outbox WHERE status <> 'sent'
		AND JSON_VALUE(body, '$.data.event.id') = $1"
}
event_sent() { [ "$(event_unsent "$1")" = 0 ]; }

# notices EVENT [SECONDS]: wait (default 20 s) until every outbox row
# about EVENT (data.event.id) has been sent, then check every POST the
# webhook receiver got about it: signed with the webhook secret,
# X-Cimolt-Event and X-Cimolt-Delivery equal to the body's type and id,
# the body equal to its outbox row (but the tokens of its links, which
# the courier redacts there once it is sent), every row received, and each exactly
# once. Writes the bodies to $TEST_TMP/notices.jsonl (JSON lines, in the
# order received) and prints one line per message:
#   type registration-id registration-status to(comma-joined)
# Call it as `notices EV >FILE`, not in $(...), so that a failure ends the
# test.
notices() {
	local ev=$1 secs=${2:-20}
	wait_for "$secs" event_sent "$ev" ||
		fail "$(event_unsent "$ev") messages about event $ev not sent after $secs s: $(sql "SELECT
			CONCAT(type, ' ', status, ' ', IFNULL(last_error, '')) FROM outbox WHERE status <> 'sent'
			AND JSON_VALUE(body, '$.data.event.id') = $ev LIMIT 3")"
	stack_sql -N -B --raw "$STACK_DB_NAME" -e "SELECT uuid, body FROM outbox
		WHERE JSON_VALUE(body, '\$.data.event.id') = $ev ORDER BY id" >"$TEST_TMP/outbox-rows" ||
		fail "cannot read the outbox"
	python3 -m cimolt_test notices "$STACK_WEBHOOK_LOG" "$STACK_ETC/webhook-secret" "$ev" "$TEST_TMP/outbox-rows" \
		"$TEST_TMP/notices.jsonl" || fail "the notices about event $ev are not as agreed"
}

# event_row ID: the columns an organiser sets, tab-separated; the
# description as hex of its UTF-8 with any CR left out (a form's textarea
# sends CRLF line ends, which may be kept or not).
event_row() {
	sql "SELECT title, HEX(REPLACE(description, '\r', '')), kind, audience, starts_at, ends_at, place,
		IFNULL(online_url, ''), capacity, IFNULL(per_org_limit, 'NULL'),
		IFNULL(registration_opens_at, 'NULL'), IFNULL(registration_closes_at, 'NULL'),
		notify_emails, status FROM events WHERE id = $1"
}

# registration_config KEY=VALUE...: set these keys of [registration] in
# the test stack's configuration and reload cimoltd (SIGHUP); the
# configuration before is put back (and reloaded) when the test ends.
registration_config() {
	cp "$STACK_CONFIG" "$TEST_TMP/cimolt.ini.before" || fail "cannot keep the configuration"
	on_exit "cp '$TEST_TMP/cimolt.ini.before' '$STACK_CONFIG' && reload_cimoltd"
	python3 - "$STACK_CONFIG" "$@" <<'PY' || fail "cannot set $* in the configuration"
import sys
path, sets = sys.argv[1], dict(a.split("=", 1) for a in sys.argv[2:])
out, section = [], None
for line in open(path).read().splitlines():
    s = line.strip()
    if s.startswith("["):
        section = s
    elif section == "[registration]" and "=" in s and s.split("=")[0].strip() in sets:
        continue
    out.append(line)
    if s == "[registration]":
        out += ["%s = %s" % kv for kv in sets.items()]
if "[registration]" not in (l.strip() for l in out):
    out += ["", "[registration]"] + ["%s = %s" % kv for kv in sets.items()]
open(path, "w").write("\n".join(out) + "\n")
PY
	reload_cimoltd || fail "cimoltd did not reload with $*"
}

# register_from ADDRESS JAR EVENT ORG NAME EMAIL JOB [CURL ARGS...]:
# register as a client at the loopback ADDRESS (127.x.y.z: nginx sees it
# as the client's address).
register_from() {
	local a=$1
	shift
	register "$@" --interface "$a"
}
