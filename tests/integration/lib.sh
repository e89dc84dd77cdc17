# tests/integration/lib.sh: sourced by every integration test (through
# tests/integration/run) before the test file itself.
#
# A test is a shell script that talks to the running test stack with curl
# and the mariadb client and states what must hold with the assert_*
# functions below. The first failed assertion prints its reason and ends
# the test; cleanup registered with on_exit runs in any case, so a test
# that disturbs the stack (stops the database, renames a table) restores it.
#
# Provided: URL (the stack's base URL), TEST_TMP (a fresh directory), the
# stack_* functions of dev/lib/stack.sh, bound to the test stack.
set -uo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/../../dev/lib/stack.sh"
stack_init "$CIMOLT_VAR" "$CIMOLT_PORT" || exit 1
URL=$STACK_URL

CSP="default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

# fail MESSAGE...: end the test with a reason.
fail() {
	printf '%s\n' "$*"
	exit 1
}

# on_exit COMMAND: run COMMAND (a string for eval) when the test ends, the
# last registered first. A failing cleanup fails the test.
CLEANUPS=()
on_exit() { CLEANUPS+=("$1"); }
run_cleanups() {
	local rc=$? i
	trap - EXIT
	for ((i = ${#CLEANUPS[@]} - 1; i >= 0; i--)); do
		eval "${CLEANUPS[i]}" || {
			printf 'cleanup failed: %s\n' "${CLEANUPS[i]}"
			rc=1
		}
	done
	exit $rc
}
trap run_cleanups EXIT

# http METHOD PATH [CURL ARGS...]: one request to the stack. Sets STATUS
# and REQ; the headers go to $TEST_TMP/headers, the body to $TEST_TMP/body.
http() {
	local method=$1 path=$2 how=()
	shift 2
	case $method in
	GET) ;;
	HEAD) how=(--head) ;;
	*) how=(-X "$method") ;;
	esac
	REQ="$method $path"
	: >"$TEST_TMP/body"
	STATUS=$(curl -sSk --max-time 10 -D "$TEST_TMP/headers" -o "$TEST_TMP/body" \
		-w '%{http_code}' "${how[@]}" "$@" "$URL$path") || fail "$REQ: curl failed"
	# curl --head writes the headers as its output too.
	[ "$method" = HEAD ] && : >"$TEST_TMP/body"
	return 0
}

# header NAME: the values of the response header NAME, one per line.
header() {
	tr -d '\r' <"$TEST_TMP/headers" | awk -v n="$1" '
		index($0, ":") { name = tolower(substr($0, 1, index($0, ":") - 1))
			if (name == tolower(n)) { v = substr($0, index($0, ":") + 1)
				sub(/^[ \t]+/, "", v); print v } }'
}

# body: the response body.
body() { cat "$TEST_TMP/body"; }

# xpath EXPR: the string value of EXPR in the (XML) response body.
xpath() { xmllint --xpath "string($1)" "$TEST_TMP/body" 2>/dev/null; }

# sql QUERY: run QUERY on the stack's application database; tab-separated
# rows without a header.
sql() { stack_sql -N -B "$STACK_DB_NAME" -e "$1"; }

# assert_eq ACTUAL EXPECTED WHAT
assert_eq() {
	[ "$1" = "$2" ] || fail "$3: got '$1', expected '$2'"
}

# assert_status CODE: the last response had exactly this status.
assert_status() {
	[ "$STATUS" = "$1" ] ||
		fail "$REQ: status $STATUS, expected $1; body starts: $(head -c 200 "$TEST_TMP/body" | tr '\n' ' ')"
}

# assert_header NAME VALUE: the header occurs exactly once, with this value.
assert_header() {
	local got
	got=$(header "$1")
	[ "$got" = "$2" ] || fail "$REQ: header $1: got '${got//$'\n'/' | '}', expected '$2'"
}

# assert_header_prefix NAME PREFIX: the header occurs once and starts so.
assert_header_prefix() {
	local got
	got=$(header "$1")
	case $got in
	*$'\n'*) fail "$REQ: header $1 occurs more than once: '${got//$'\n'/' | '}'" ;;
	"$2"*) ;;
	*) fail "$REQ: header $1: got '$got', expected it to start with '$2'" ;;
	esac
}

# assert_cookie_set NAME PREFIX: the response sets cookie NAME exactly once,
# with a Set-Cookie value that starts with PREFIX.
assert_cookie_set() {
	local got
	got=$(header Set-Cookie | grep -- "^$1=")
	case $got in
	"") fail "$REQ: no Set-Cookie for $1 (Set-Cookie: $(header Set-Cookie | tr '\n' '|'))" ;;
	*$'\n'*) fail "$REQ: cookie $1 is set more than once: '${got//$'\n'/' | '}'" ;;
	"$2"*) ;;
	*) fail "$REQ: Set-Cookie for $1: got '$got', expected it to start with '$2'" ;;
	esac
}

# assert_no_cookie_set NAME: the response does not set cookie NAME.
assert_no_cookie_set() {
	[ -z "$(header Set-Cookie | grep -- "^$1=")" ] ||
		fail "$REQ: unexpected Set-Cookie: $(header Set-Cookie | grep -- "^$1=")"
}

# assert_no_header NAME
assert_no_header() {
	[ -z "$(header "$1")" ] || fail "$REQ: unexpected header $1: $(header "$1")"
}

# assert_security_headers: the three headers every response carries, once
# each, with exactly the agreed values.
assert_security_headers() {
	assert_header Content-Security-Policy "$CSP"
	assert_header X-Content-Type-Options nosniff
	assert_header Referrer-Policy same-origin
}

# assert_body_eq TEXT: the body is exactly TEXT (byte for byte).
assert_body_eq() {
	local got
	printf '%s' "$1" | cmp -s - "$TEST_TMP/body" && return 0
	got=$(head -c 200 "$TEST_TMP/body"; echo .)
	fail "$REQ: body $(printf %q "${got%.}"), expected $(printf %q "$1")"
}

# assert_body_has TEXT / assert_body_lacks TEXT: fixed-string search.
assert_body_has() {
	grep -qF -- "$1" "$TEST_TMP/body" || fail "$REQ: body lacks '$1'"
}
assert_body_lacks() {
	! grep -qF -- "$1" "$TEST_TMP/body" || fail "$REQ: body contains '$1'"
}

# assert_xml: the body is well-formed XML.
assert_xml() {
	xmllint --noout "$TEST_TMP/body" 2>"$TEST_TMP/xmllint" ||
		fail "$REQ: body is not well-formed XML: $(head -n 2 "$TEST_TMP/xmllint")"
}

# assert_xpath EXPR EXPECTED: the string value of EXPR in the body.
assert_xpath() {
	assert_eq "$(xpath "$1")" "$2" "$REQ: $1"
}

# assert_html_page STATUS: a page rendered by cimoltd's stylesheets (not
# one of nginx's), as HTML5 in UTF-8, with the security headers.
assert_html_page() {
	assert_status "$1"
	assert_header Content-Type "text/html; charset=utf-8"
	assert_security_headers
	head -c 200 "$TEST_TMP/body" | grep -qi '^<!DOCTYPE html' ||
		fail "$REQ: body does not start with <!DOCTYPE html>: $(head -c 100 "$TEST_TMP/body")"
	assert_body_lacks "<center>nginx</center>"
}

# assert_error_page STATUS: cimoltd's rendered error page for STATUS; the
# same request as XML must be <page name="error" status=STATUS> with
# <error status=STATUS>. Uses the last request's method and path.
assert_error_page() {
	assert_html_page "$1"
}

# children PID: the PIDs of PID's child processes, one per line.
children() {
	local f line ppid
	for f in /proc/[0-9]*/stat; do
		read -r line <"$f" 2>/dev/null || continue
		read -r _ ppid _ <<<"${line##*) }"
		[ "$ppid" = "$1" ] && { f=${f#/proc/}; printf '%s\n' "${f%/stat}"; }
	done
	return 0
}

# wait_for SECONDS COMMAND...: retry COMMAND every 50 ms until it succeeds;
# return 1 if it never did within SECONDS.
wait_for() {
	local end=$(($(date +%s%N) + $1 * 1000000000))
	shift
	until "$@"; do
		[ "$(date +%s%N)" -lt "$end" ] || return 1
		sleep 0.05
	done
}

# --- accounts and sessions (issue 3) ---------------------------------------
#
# A "jar" is a curl cookie file in TEST_TMP: jar NAME prints its path. Pass
# it to http with -b "$(jar NAME)" -c "$(jar NAME)", or use http_as.

# jar NAME: the path of the cookie jar NAME (created empty on first use).
jar() {
	[ -f "$TEST_TMP/$1.jar" ] || : >"$TEST_TMP/$1.jar"
	printf '%s\n' "$TEST_TMP/$1.jar"
}

# http_as JAR METHOD PATH [CURL ARGS...]: http with the cookies of JAR
# (a jar name), which keeps what the response sets.
http_as() {
	local j
	j=$(jar "$1")
	shift
	http "$1" "$2" -b "$j" -c "$j" "${@:3}"
}

# cookie JAR NAME: the value of cookie NAME in jar JAR ("" when absent).
cookie() {
	awk -v n="$2" 'BEGIN { FS = "\t" } { sub(/^#HttpOnly_/, "") }
		!/^#/ && NF >= 7 && $6 == n { v = $7 } END { print v }' "$(jar "$1")"
}

# csrf_of JAR: the CSRF token for the visitor of JAR (from the page
# document of GET /), after which JAR holds any cookie it needs.
csrf_of() {
	local j
	j=$(jar "$1")
	curl -sSk --max-time 10 -b "$j" -c "$j" "$URL/?format=xml" |
		xmllint --xpath 'string(/page/csrf)' - 2>/dev/null
}

# sign_in JAR EMAIL PASSWORD: POST /inloggen as the visitor of JAR with a
# valid CSRF token; sets STATUS like http. Does not judge the outcome.
sign_in() {
	local token
	token=$(csrf_of "$1")
	[ -n "$token" ] || fail "no /page/csrf in GET /?format=xml"
	http_as "$1" POST /inloggen --data-urlencode "email=$2" \
		--data-urlencode "wachtwoord=$3" --data-urlencode "csrf=$token"
}

# sign_in_as JAR ROLE: sign the visitor of JAR in with the demo account of
# ROLE (member, coordinator, regional, organiser, admin); the answer must
# be a 303 that sets the session cookie.
sign_in_as() {
	sign_in "$1" "$(demo_email "$2")" "$STACK_DEMO_PASSWORD"
	assert_status 303
	[ -n "$(cookie "$1" sid)" ] || fail "signing in as $2 set no sid cookie"
}

# admin_cli ARGS...: cimolt-admin on the test stack's configuration.
admin_cli() { "$STACK_ROOT/fcgi/cimolt-admin" -c "$STACK_CONFIG" "$@"; }

# new_user EMAIL NAME ORG ROLE [PASSWORD]: add an account with cimolt-admin
# (with PASSWORD, else invited: an invitation mail is queued). Prints
# nothing; fails the test when cimolt-admin does.
new_user() {
	local out
	out=$(printf '%s' "${5:-}" | admin_cli user add --email "$1" --name "$2" \
		--org "$3" --role "$4" 2>&1) || fail "cimolt-admin user add $1 failed: $out"
}

# unique NAME: a string unique to this test run, e.g. for e-mail addresses.
unique() { printf '%s-%s-%s\n' "$1" "$$" "$(date +%s%N | tail -c 7)"; }

# --- outgoing mail (issue 3) -----------------------------------------------

# outbox_settled [SECONDS]: wait until no outbox row is pending (default
# 20 s), so that scripted receiver answers go to the message under test.
outbox_settled() {
	wait_for "${1:-20}" eval '[ "$(sql "SELECT COUNT(*) FROM outbox WHERE status = '\''pending'\''")" = 0 ]'
}

# webhook_script STATUSES: make the test webhook receiver answer these
# statuses ("500,500,200") in turn from now on, then 200.
webhook_script() {
	curl -sS --max-time 5 -o /dev/null --data-binary "$1" \
		"http://127.0.0.1:$STACK_WEBHOOK_PORT/_script" || fail "cannot script the webhook receiver"
}

# webhook_posts UUID: the receiver's log lines (JSON) for the message UUID.
webhook_posts() {
	python3 - "$STACK_WEBHOOK_LOG" "$1" <<-'PY'
		import json, sys
		try:
		    lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
		except OSError:
		    lines = []
		for l in lines:
		    try:
		        rec = json.loads(l)
		    except ValueError:
		        continue
		    if rec.get("headers", {}).get("x-cimolt-delivery") == sys.argv[2]:
		        print(l)
	PY
}

# smtp_files UUID: the .json files of the SMTP receiver whose message
# carries X-Cimolt-Delivery: UUID.
smtp_files() {
	grep -lF "X-Cimolt-Delivery: $1" "$STACK_SMTP_DIR"/*.json 2>/dev/null
}
demo_email() { stack_demo_email "$1"; }

# invite EMAIL [NAME]: add a member of Ede (GM0228) without a password,
# which queues an invitation mail; sets UUID to its outbox row's uuid.
invite() {
	new_user "$1" "${2:-Ineke Uitgenodigd}" GM0228 member
	UUID=$(sql "SELECT uuid FROM outbox WHERE body LIKE '%$1%' ORDER BY id DESC LIMIT 1")
	[ -n "$UUID" ] || fail "no outbox row mentions $1 after cimolt-admin user add"
	on_exit "give_up $UUID"
}

# give_up UUID: mark the row failed if it is still pending, so that a
# test that failed leaves no retries behind to disturb the next ones.
give_up() { sql "UPDATE outbox SET status = 'failed' WHERE uuid = '$1' AND status = 'pending'"; }

# outbox_field UUID COLUMN: one column of the outbox row UUID.
outbox_field() { sql "SELECT $2 FROM outbox WHERE uuid = '$1'"; }

# outbox_is UUID STATUS: the row has STATUS.
outbox_is() { [ "$(outbox_field "$1" status)" = "$2" ]; }

# wait_outbox UUID STATUS SECONDS: wait until the row has STATUS.
wait_outbox() {
	wait_for "$3" outbox_is "$1" "$2" ||
		fail "outbox row $1 is '$(outbox_field "$1" status)' after $3 s, not '$2' (attempts $(outbox_field "$1" attempts), last error: $(outbox_field "$1" last_error))"
}

# deliveries UUID TRANSPORT: the attempts logged for the row, one line each:
# ok, http_status, smtp_reply, error (tab-separated, oldest first).
deliveries() {
	sql "SELECT d.ok, d.http_status, d.smtp_reply, d.error FROM deliveries d
		JOIN outbox o ON o.id = d.outbox_id WHERE o.uuid = '$1' AND d.transport = '$2'
		ORDER BY d.id"
}

# table_digest TABLE...: for each TABLE, a line "TABLE ROWS DIGEST": the
# number of rows and a digest of their contents (independent of row
# order), in one query. Not CHECKSUM TABLE: for a second or so after many
# rows were deleted (a test removing its 1,000 registrations) it gives
# another value while SELECT * gives the same rows, until InnoDB has
# purged them.
table_digest() {
	local list query
	list=$(printf "'%s'," "$@")
	query=$(sql "SET SESSION group_concat_max_len = 1048576;
		SELECT GROUP_CONCAT(q ORDER BY t SEPARATOR ' UNION ALL ') FROM (
		SELECT table_name AS t, CONCAT('SELECT ''', table_name, ''', COUNT(*), ',
		'IFNULL(BIT_XOR(CAST(CONV(LEFT(MD5(CONCAT_WS(0x1f, ',
		GROUP_CONCAT(CONCAT('IFNULL(CAST(\`', column_name, '\` AS CHAR), ''-NULL-'')')
			ORDER BY ordinal_position SEPARATOR ', '),
		')), 16), 16, 10) AS UNSIGNED)), 0) FROM \`', table_name, '\`') AS q
		FROM information_schema.columns WHERE table_schema = DATABASE()
		AND table_name IN (${list%,}) GROUP BY table_name) AS per_table")
	[ -n "$query" ] && [ "$query" != NULL ] || return 1
	sql "$query"
}

# db_state FILE: write what a request could change in the database to FILE
# (the accounts tables row by row, sessions without last_seen_at, which
# any signed-in request moves; which messages are queued, not how the
# courier is getting on with them; a digest of every other table), so
# that two states can be compared with diff.
db_state() {
	{
		sql "SELECT id, email, name, organisation_id, role, lang, password_hash, disabled_at
			FROM users ORDER BY id"
		echo "-- sessions"
		sql "SELECT HEX(token_hash), user_id, created_at FROM sessions ORDER BY 1"
		echo "-- user_tokens"
		sql "SELECT HEX(token_hash), user_id, purpose, expires_at, used_at FROM user_tokens ORDER BY 1"
		echo "-- login_failures"
		sql "SELECT id, HEX(email_hash), address, at FROM login_failures ORDER BY id"
		echo "-- audit_log"
		sql "SELECT id, actor_user_id, action, subject_type, subject_id, detail FROM audit_log ORDER BY id"
		echo "-- outbox"
		sql "SELECT id, uuid, type FROM outbox ORDER BY id"
		echo "-- every other table"
		table_digest $(sql "SELECT table_name FROM information_schema.tables
			WHERE table_schema = DATABASE() AND table_name NOT IN
			('users', 'sessions', 'user_tokens', 'login_failures', 'audit_log',
			 'outbox', 'deliveries')")
	} >"$1" 2>&1
}

# assert_db_unchanged BEFORE WHAT: the accounts tables are as in the
# db_state file BEFORE.
assert_db_unchanged() {
	db_state "$TEST_TMP/db-after"
	diff -u "$1" "$TEST_TMP/db-after" >"$TEST_TMP/db-diff" ||
		fail "$2 changed the database: $(grep '^[-+][^-+]' "$TEST_TMP/db-diff" | head -n 5 | tr '\n' ' ')"
}

# session_count EMAIL: the sessions of the account EMAIL.
session_count() {
	sql "SELECT COUNT(*) FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = '$1'"
}

# role_of_cookie SID: the role /page/user says for a visitor with this
# session cookie (and nothing else).
role_of_cookie() {
	curl -sSk --max-time 10 -H "Cookie: sid=$1" "$URL/?format=xml" |
		xmllint --xpath 'string(/page/user/@role)' - 2>/dev/null
}

# forget_failures: empty login_failures (tests that fail sign-ins on
# purpose clean up, so the per-address limit does not hit later tests).
forget_failures() { sql "DELETE FROM login_failures"; }

# webhook_delay MS: make the test webhook receiver wait MS milliseconds
# before it answers each POST.
webhook_delay() {
	curl -sS --max-time 5 -o /dev/null --data-binary "$1" \
		"http://127.0.0.1:$STACK_WEBHOOK_PORT/_delay" || fail "cannot slow the webhook receiver down"
}

# queue_messages N FILE: put N messages (type test.bulk, to
# bulkK@ede.example) in the outbox in one transaction, as the application
# would; their uuids go to FILE, one per line. Registers their clean-up.
queue_messages() {
	python3 - "$1" "$2" >"$TEST_TMP/queue.sql" <<-'PY'
		import json, sys, uuid
		n, out = int(sys.argv[1]), sys.argv[2]
		ids = [str(uuid.uuid4()) for _ in range(n)]
		open(out, "w").write("\n".join(ids) + "\n")
		def q(s):
		    return "'" + s.replace("\\", "\\\\").replace("'", "''") + "'"
		rows = []
		for k, u in enumerate(ids):
		    body = json.dumps({"id": u, "type": "test.bulk", "created_at": "2026-11-28T02:00:00Z",
		        "data": {"n": k}, "mail": {"to": ["bulk%d@ede.example" % k],
		        "subject": "Bericht %d" % k, "text": "Bericht nummer %d.\n" % k}},
		        separators=(",", ":"), ensure_ascii=False)
		    rows.append("(%s, 'test.bulk', %s, UTC_TIMESTAMP(), UTC_TIMESTAMP() - INTERVAL 3 HOUR, "
		                "UTC_TIMESTAMP() + INTERVAL 1 DAY)" % (q(u), q(body)))
		print("INSERT INTO outbox (uuid, type, body, created_at, next_attempt_at, give_up_at) VALUES")
		print(",\n".join(rows) + ";")
	PY
	stack_sql "$STACK_DB_NAME" <"$TEST_TMP/queue.sql" || fail "cannot queue $1 messages"
	on_exit "sql \"UPDATE outbox SET status = 'failed' WHERE type = 'test.bulk' AND status = 'pending'\""
}

# mail_link UUID WORD: the path of the first link STACK_URL/WORD/... in the
# text of the message UUID as the webhook receiver got it (after waiting
# up to 15 s for it to be sent). Sets LINK.
mail_link() {
	wait_outbox "$1" sent 15
	LINK=$(webhook_posts "$1" | head -n 1 | python3 -c '
import json, re, sys
doc = json.loads(json.loads(sys.stdin.read())["body"])
m = re.search(re.escape(sys.argv[1]) + "(/" + re.escape(sys.argv[2]) + "/[A-Za-z0-9_-]+)", doc["mail"]["text"])
print(m.group(1) if m else "")' "$STACK_URL" "$2")
	[ -n "$LINK" ] || fail "no $STACK_URL/$2/... link in the mail of $1"
}

# --- the programme and registrations (issue 4) -----------------------------

# The organisers' address the tests' events notify.
NOTIFY=programma@circulairgelderland.example

# org_id CBS_CODE: the id of the organisation with this CBS code.
org_id() {
	local id
	id=$(sql "SELECT id FROM organisations WHERE cbs_code = '$1'")
	[ -n "$id" ] || fail "no organisation with CBS code $1"
	printf '%s\n' "$id"
}

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

# csrf JAR: the CSRF token of the visitor of JAR (asked once per jar).
csrf() {
	local f=$TEST_TMP/$1.csrf
	[ -s "$f" ] || csrf_of "$1" >"$f"
	[ -s "$f" ] || fail "no /page/csrf in GET /?format=xml"
	cat "$f"
}

# register JAR EVENT ORG NAME EMAIL JOB [CURL ARGS...]: POST the
# registration form of EVENT as the visitor of JAR, with a valid csrf
# token; sets STATUS like http and, on a 303 to /aanmelding/TOKEN, TOKEN
# (else TOKEN is empty). Does not judge the outcome.
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

# registered JAR EVENT ORG NAME EMAIL JOB [CURL ARGS...]: register, which
# must succeed (303 to the status page); sets TOKEN.
registered() {
	register "$@"
	[ -n "$TOKEN" ] ||
		fail "$REQ ($5): status $STATUS, Location '$(header Location)', expected 303 to /aanmelding/TOKEN; errors: $(xpath_errors)"
}

# xpath_errors: the error keys in the last response (XML or HTML), for
# failure messages.
xpath_errors() {
	grep -o '<error [^>]*>' "$TEST_TMP/body" | tr '\n' ' '
	grep -o 'id="[a-z]*-[a-z_]*-error"' "$TEST_TMP/body" | tr '\n' ' '
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
# the body equal to its outbox row, every row received, and each exactly
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
	python3 - "$STACK_WEBHOOK_LOG" "$STACK_ETC/webhook-secret" "$ev" "$TEST_TMP/outbox-rows" \
		"$TEST_TMP/notices.jsonl" <<-'PY' || fail "the notices about event $ev are not as agreed"
		import hashlib, hmac, json, re, sys
		log, secret_file, ev, rows_file, out = sys.argv[1:]
		secret = open(secret_file, "rb").read().strip()
		outbox = {}
		for line in open(rows_file, encoding="utf-8").read().splitlines():
		    uuid, _, body = line.partition("\t")
		    outbox[uuid] = body
		problems, seen, bodies = [], {}, []
		for line in open(log, encoding="utf-8").read().splitlines():
		    rec = json.loads(line)
		    raw = rec["body"]
		    try:
		        doc = json.loads(raw)
		    except ValueError:
		        continue
		    if str(((doc.get("data") or {}).get("event") or {}).get("id")) != ev:
		        continue
		    h = rec["headers"]
		    uuid = h.get("x-cimolt-delivery")
		    seen[uuid] = seen.get(uuid, 0) + 1
		    if rec.get("status") != 200:
		        problems.append("receiver answered %s to %s" % (rec.get("status"), uuid))
		    if uuid != doc.get("id"):
		        problems.append("X-Cimolt-Delivery %r but body id %r" % (uuid, doc.get("id")))
		    if h.get("x-cimolt-event") != doc.get("type"):
		        problems.append("X-Cimolt-Event %r but body type %r" % (h.get("x-cimolt-event"), doc.get("type")))
		    if h.get("content-type") != "application/json":
		        problems.append("Content-Type %r" % h.get("content-type"))
		    m = re.fullmatch(r"t=([0-9]+),v1=([0-9a-f]{64})", h.get("x-cimolt-signature", ""))
		    if not m:
		        problems.append("%s: X-Cimolt-Signature %r malformed" % (uuid, h.get("x-cimolt-signature")))
		    else:
		        want = hmac.new(secret, m.group(1).encode() + b"." + raw.encode("utf-8"),
		                        hashlib.sha256).hexdigest()
		        if not hmac.compare_digest(want, m.group(2)):
		            problems.append("%s (%s): signature does not verify" % (uuid, doc.get("type")))
		    if uuid not in outbox:
		        problems.append("%s (%s) reached the receiver but is no outbox row" % (uuid, doc.get("type")))
		    elif outbox[uuid] != raw:
		        problems.append("%s: body differs from its outbox row" % uuid)
		    if seen[uuid] == 1:
		        bodies.append(doc)
		for uuid in outbox:
		    if uuid not in seen:
		        problems.append("%s (sent, says the outbox) never reached the receiver" % uuid)
		for uuid, n in seen.items():
		    if n != 1:
		        problems.append("%s reached the receiver %d times" % (uuid, n))
		with open(out, "w", encoding="utf-8") as f:
		    for doc in bodies:
		        f.write(json.dumps(doc, ensure_ascii=False) + "\n")
		for p in problems[:10]:
		    print(p)
		if problems:
		    sys.exit(1)
		for doc in bodies:
		    reg = doc["data"].get("registration", {})
		    print("%s %s %s %s" % (doc["type"], reg.get("id"), reg.get("status"),
		                           ",".join(doc["mail"]["to"])))
	PY
}

# message KEY [ARG...]: the text of the Dutch catalogue's message KEY
# (xslt/messages-nl.xml) with each <arg n="N"/> replaced by argument N, as
# a page shows it; so that a test can look for the exact message without
# repeating its wording.
message() {
	python3 - "$STACK_ROOT/xslt/messages-nl.xml" "$@" <<-'PY'
		import sys, xml.etree.ElementTree as ET
		cat, key, args = sys.argv[1], sys.argv[2], sys.argv[3:]
		for m in ET.parse(cat).getroot().iter("msg"):
		    if m.get("key") != key:
		        continue
		    def text(e):
		        s = ""
		        for c in e:
		            if c.tag == "arg":
		                n = int(c.get("n"))
		                s += args[n - 1] if n <= len(args) else ""
		            else:
		                s += text(c)
		            s += c.tail or ""
		        return s
		    print((m.text or "") + text(m))
		    sys.exit(0)
		sys.exit("no message %s in %s" % (key, cat))
	PY
}

# assert_message KEY [ARG...]: the (HTML) body shows catalogue message KEY
# with these arguments.
assert_message() {
	local text
	text=$(message "$@") || fail "no message $1 in the Dutch catalogue"
	# The page escapes &, < and > (XSLT html output).
	text=${text//&/&amp;} text=${text//</&lt;} text=${text//>/&gt;}
	grep -qF -- "$text" "$TEST_TMP/body" || fail "$REQ: the page does not show '$text'"
}

# assert_field_error FORM FIELD TEXT [VALUE]: the (HTML) body shows TEXT
# as the error of field FIELD of form FORM, next to it: in the element
# FORM-FIELD-error, which the control FORM-FIELD names in its
# aria-describedby and which marks itself aria-invalid; with VALUE, the
# control still holds what was typed (an input's value, a textarea's text,
# a select's selected option when one has that value and it is not "").
assert_field_error() {
	python3 - "$TEST_TMP/body" "$@" <<-'PY' || fail "$REQ: field $2 of form $1"
		import sys
		from html.parser import HTMLParser
		path, form, field, text = sys.argv[1:5]
		value = sys.argv[5] if len(sys.argv) > 5 else None
		eid, cid = "%s-%s-error" % (form, field), "%s-%s" % (form, field)
		class P(HTMLParser):
		    def __init__(self):
		        super().__init__(convert_charrefs=True)
		        self.stack, self.err, self.ctl, self.ctl_tag, self.options = [], None, None, None, []
		        self.in_err, self.in_ctl, self.depth = 0, 0, 0
		        self.ctl_text = ""
		    def handle_starttag(self, tag, attrs):
		        a = dict(attrs)
		        if self.in_err:
		            self.in_err += 1 if tag not in ("br", "img", "input") else 0
		        if a.get("id") == eid:
		            self.err, self.in_err = "", 1
		        if a.get("id") == cid:
		            self.ctl, self.ctl_tag = a, tag
		            self.in_ctl = tag in ("textarea", "select")
		        if self.in_ctl and tag == "option":
		            self.options.append(a)
		    def handle_endtag(self, tag):
		        if self.in_err:
		            self.in_err -= 1
		        if self.in_ctl and tag == self.ctl_tag:
		            self.in_ctl = 0
		    def handle_data(self, d):
		        if self.in_err:
		            self.err += d
		        if self.in_ctl and self.ctl_tag == "textarea":
		            self.ctl_text += d
		p = P()
		p.feed(open(path, encoding="utf-8").read())
		bad = []
		if p.err is None:
		    bad.append("no element id=%s" % eid)
		elif text not in " ".join(p.err.split()):
		    bad.append("#%s says %r, not %r" % (eid, " ".join(p.err.split()), text))
		if p.ctl is None:
		    bad.append("no control id=%s" % cid)
		else:
		    if eid not in (p.ctl.get("aria-describedby") or "").split():
		        bad.append("#%s aria-describedby=%r lacks %s" % (cid, p.ctl.get("aria-describedby"), eid))
		    if p.ctl.get("aria-invalid") != "true":
		        bad.append("#%s aria-invalid=%r" % (cid, p.ctl.get("aria-invalid")))
		    if value is not None:
		        if p.ctl_tag == "input" and p.ctl.get("value", "") != value:
		            bad.append("#%s value=%r, typed %r" % (cid, p.ctl.get("value"), value))
		        if p.ctl_tag == "textarea" and p.ctl_text.lstrip("\n") != value:
		            bad.append("#%s holds %r, typed %r" % (cid, p.ctl_text, value))
		        if p.ctl_tag == "select" and value != "":
		            sel = [o.get("value") for o in p.options if "selected" in o]
		            if any(o.get("value") == value for o in p.options) and sel != [value]:
		                bad.append("#%s has %r selected, chosen %r" % (cid, sel, value))
		for b in bad:
		    print(b)
		sys.exit(1 if bad else 0)
	PY
}

# form_errors FORM: the errors in form FORM of the (XML) body, one line
# each: "FIELD KEY", or "- KEY" for the form's own; in document order.
form_errors() {
	python3 - "$TEST_TMP/body" "$1" <<-'PY'
		import sys, xml.etree.ElementTree as ET
		root = ET.parse(sys.argv[1]).getroot()
		for f in root.iter("form"):
		    if f.get("name") != sys.argv[2]:
		        continue
		    for c in f:
		        if c.tag == "field":
		            for e in c.findall("error"):
		                print(c.get("name"), e.get("key"))
		        elif c.tag == "error":
		            print("-", c.get("key"))
	PY
}

# field_value FORM FIELD: the value attribute of field FIELD in form FORM of
# the (XML) body.
field_value() { xpath "/page/form[@name='$1']/field[@name='$2']/@value"; }

# sql_text TEXT: TEXT as a MariaDB expression, whatever characters it
# holds (quotes, backslashes, line breaks), for UPDATE ... SET x = $(sql_text ...).
sql_text() {
	printf "CONVERT(UNHEX('%s') USING utf8mb4)" "$(printf '%s' "$1" | od -An -tx1 -v | tr -d ' \n')"
}

# post_form JAR PATH FORM [NAME=VALUE...] [-- CURL ARGS...]: GET
# PATH?format=xml as the visitor of JAR, then POST form FORM back to PATH
# with every field's value as the page gave it, but NAME=VALUE where given
# (new names are added), and a valid csrf token. Sets STATUS like http.
post_form() {
	local j=$1 path=$2 form=$3 args=() sets=() curl_args=()
	shift 3
	while [ $# -gt 0 ]; do
		if [ "$1" = -- ]; then shift; curl_args=("$@"); break; fi
		sets+=("$1")
		shift
	done
	http_as "$j" GET "$path?format=xml"
	assert_status 200
	python3 - "$TEST_TMP/body" "$form" "${sets[@]}" >"$TEST_TMP/form-args" <<-'PY' || fail "no form $form in GET $path?format=xml"
		import sys, xml.etree.ElementTree as ET
		root = ET.parse(sys.argv[1]).getroot()
		forms = [f for f in root.iter("form") if f.get("name") == sys.argv[2]]
		if not forms:
		    sys.exit(1)
		values = {}
		for f in forms[0].findall("field"):
		    values[f.get("name")] = f.get("value", "")
		for a in sys.argv[3:]:
		    k, _, v = a.partition("=")
		    values[k] = v
		for k, v in values.items():
		    sys.stdout.write("--data-urlencode\0%s=%s\0" % (k, v))
	PY
	mapfile -d '' args <"$TEST_TMP/form-args"
	http_as "$j" POST "$path" --data-urlencode "csrf=$(csrf "$j")" "${args[@]}" "${curl_args[@]}"
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

# --- the monitor (issue 5) -------------------------------------------------
#
# The demo data (dev/lib/stack.sh) has the 2026 questionnaire and a 2025
# copy, submitted rounds of a few municipalities for both years, a
# submitted 2025 round of Ede and none of Ede for 2026. Tests that fill in
# Ede's 2026 round remove it before and after (fresh_round); tests that
# need questionnaires of their own use years no demo data uses (2031 on)
# and remove them afterwards (forget_year).

# qn_copy YEAR [VERSION [SED EXPRESSION...]]: a copy of the shipped
# questionnaire for YEAR (and VERSION, default 1) with the sed expressions
# applied; prints its path ($TEST_TMP/questionnaire-YEAR-VERSION.xml).
qn_copy() {
	local year=$1 version=${2:-1} out e args=()
	shift $(($# < 2 ? $# : 2))
	out=$TEST_TMP/questionnaire-$year-$version.xml
	for e in "$@"; do args+=(-e "$e"); done
	sed -e "s/ year=\"2026\" version=\"1\">/ year=\"$year\" version=\"$version\">/" "${args[@]}" \
		"$STACK_ROOT/schema/questionnaire-2026.xml" >"$out" || fail "cannot write $out"
	printf '%s\n' "$out"
}

# forget_year YEAR: remove the rounds (with their answers, sections and
# scores) and the questionnaires of YEAR, which a test made.
forget_year() {
	sql "DELETE FROM rounds WHERE year = $1; DELETE FROM questionnaires WHERE year = $1"
}

# own_year YEAR: YEAR is this test's: no questionnaire or round of it
# exists now, and whatever the test makes of it is removed at the end.
own_year() {
	forget_year "$1" || fail "cannot clear the year $1"
	on_exit "forget_year $1"
}

# round_of CBS_CODE YEAR: the id of the organisation's round of YEAR ("" when none).
round_of() {
	sql "SELECT r.id FROM rounds r JOIN organisations o ON o.id = r.organisation_id
		WHERE o.cbs_code = '$1' AND r.year = $2"
}

# fresh_round CBS_CODE YEAR: remove the organisation's round of YEAR now
# and when the test ends (the demo leaves Ede's 2026 round to be made).
fresh_round() {
	sql "DELETE FROM rounds WHERE year = $2 AND organisation_id = $(org_id "$1")" ||
		fail "cannot remove the $2 round of $1"
	on_exit "sql \"DELETE FROM rounds WHERE year = $2 AND organisation_id = $(org_id "$1")\""
}

# answers ROUND: its answers, one line each in question order:
# question value(NULL when none) dont_know prefilled, tab-separated.
answers() {
	sql "SELECT question_id, IFNULL(value, 'NULL'), dont_know, prefilled FROM answers
		WHERE round_id = $1 ORDER BY question_id"
}

# section_version ROUND SECTION: round_sections.version ("" when no row).
section_version() {
	sql "SELECT version FROM round_sections WHERE round_id = $1 AND section_id = '$2'"
}

# monitor_form JAR YEAR SECTION: open the section's form as the visitor of
# JAR (GET ...?format=xml, 200) and keep what its form would post: versie
# (the section version) and every answer as the page shows it (a value,
# "?" for don't know of the kinds one picks, NAME-weetniet=ja for don't
# know of a number, percentage or text). monitor_send posts it.
monitor_form() {
	http_as "$1" GET "/monitor/$2/$3?format=xml"
	assert_status 200
	python3 - "$TEST_TMP/body" >"$TEST_TMP/form-$1-$2-$3" <<-'PY' || fail "$REQ: no section form"
		import sys, xml.etree.ElementTree as ET
		Q = "{urn:cimolt:questionnaire}"
		root = ET.parse(sys.argv[1]).getroot()
		f = root.find("form[@name='section']")
		if f is None:
		    sys.exit(1)
		types = {q.get("id"): q.get("type") for q in f.iter(Q + "question")}
		print("versie=" + f.get("version"))
		for a in f.findall("answer"):
		    qid, t = a.get("question"), types[a.get("question")]
		    if a.get("dont-know") == "yes":
		        print(qid + ("=?" if t in ("maturity", "yesno", "choice") else "-weetniet=ja"))
		    elif a.get("value") is not None:
		        print(qid + "=" + a.get("value"))
	PY
}

# monitor_send JAR YEAR SECTION [NAME=VALUE | -NAME ...] [-- CURL ARGS...]:
# POST the form monitor_form kept, with NAME=VALUE set (added or
# replaced) and -NAME left out, and a valid csrf token. Sets STATUS like
# http. (-- -H "Accept: application/xml" gets the page document.)
monitor_send() {
	local j=$1 path=/monitor/$2/$3 kept=$TEST_TMP/form-$1-$2-$3 args=() sets=() curl_args=()
	shift 3
	while [ $# -gt 0 ]; do
		if [ "$1" = -- ]; then shift; curl_args=("$@"); break; fi
		sets+=("$1")
		shift
	done
	[ -f "$kept" ] || fail "monitor_send $path before monitor_form"
	python3 - "$kept" "${sets[@]}" >"$TEST_TMP/form-args" <<-'PY'
		import sys
		values = {}
		for line in open(sys.argv[1], encoding="utf-8").read().split("\n"):
		    if line:
		        k, _, v = line.partition("=")
		        values[k] = v
		for a in sys.argv[2:]:
		    if a.startswith("-"):
		        values.pop(a[1:], None)
		    else:
		        k, _, v = a.partition("=")
		        values[k] = v
		for k, v in values.items():
		    sys.stdout.write("--data-urlencode\0%s=%s\0" % (k, v))
	PY
	mapfile -d '' args <"$TEST_TMP/form-args"
	http_as "$j" POST "$path" --data-urlencode "csrf=$(csrf "$j")" "${args[@]}" "${curl_args[@]}"
}

# monitor_save JAR YEAR SECTION [NAME=VALUE | -NAME ...]: open the form,
# post it with these changes; the save must succeed (303 back to the
# section with ?klaar=monitor.saved).
monitor_save() {
	monitor_form "$1" "$2" "$3"
	monitor_send "$@"
	assert_status 303
	assert_header Location "/monitor/$2/$3?klaar=monitor.saved"
}

# section_errors: the errors of the section form in the (XML) body, one
# line each in document order: "QUESTION KEY ARG ARG2" (the args when
# given), or "- KEY" for the form's own.
section_errors() {
	xmllint --xpath '/page/form[@name="section"]/error' "$TEST_TMP/body" 2>/dev/null |
		python3 -c '
import sys, xml.etree.ElementTree as ET
for e in ET.fromstring("<x>" + sys.stdin.read() + "</x>"):
    print(" ".join([e.get("question", "-"), e.get("key")] +
        [e.get(a) for a in ("arg", "arg2") if e.get(a) is not None]))'
}

# section_answers: the answers of the section form in the (XML) body, one
# line each in document order: "QUESTION VALUE" (NULL when none), then
# " dont-know" and " prefilled" when so marked.
section_answers() {
	xmllint --xpath '/page/form[@name="section"]/answer' "$TEST_TMP/body" 2>/dev/null |
		python3 -c '
import sys, xml.etree.ElementTree as ET
for a in ET.fromstring("<x>" + sys.stdin.read() + "</x>"):
    print(" ".join([a.get("question"), a.get("value", "NULL")] +
        [k for k in ("dont-know", "prefilled") if a.get(k) == "yes"]))'
}

# question_text ID [FILE]: the Dutch text of question ID of the
# questionnaire FILE (default the shipped one).
question_text() {
	python3 - "${2:-$STACK_ROOT/schema/questionnaire-2026.xml}" "$1" <<-'PY'
		import sys, xml.etree.ElementTree as ET
		Q, XL = "{urn:cimolt:questionnaire}", "{http://www.w3.org/XML/1998/namespace}lang"
		for q in ET.parse(sys.argv[1]).getroot().iter(Q + "question"):
		    if q.get("id") == sys.argv[2]:
		        print(" ".join(next(t for t in q.findall(Q + "text") if t.get(XL) == "nl").text.split()))
	PY
}

# assert_question_error QUESTION TEXT: the (HTML) body shows TEXT as the
# error of QUESTION, next to it: in the element q-QUESTION-error, which
# the question's control (its input, textarea or fieldset, id q-QUESTION)
# names in aria-describedby.
assert_question_error() {
	python3 - "$TEST_TMP/body" "$1" "$2" <<-'PY' || fail "$REQ: the error of question $1"
		import sys
		from html.parser import HTMLParser
		path, qid, text = sys.argv[1:4]
		eid, cid = "q-%s-error" % qid, "q-%s" % qid
		class P(HTMLParser):
		    def __init__(self):
		        super().__init__(convert_charrefs=True)
		        self.err, self.ctl, self.depth = None, None, 0
		    def handle_starttag(self, tag, attrs):
		        a = dict(attrs)
		        if self.depth and tag not in ("br", "img", "input", "hr"):
		            self.depth += 1
		        if a.get("id") == eid:
		            self.err, self.depth = "", 1
		        if a.get("id") == cid:
		            self.ctl = a
		    def handle_endtag(self, tag):
		        if self.depth:
		            self.depth -= 1
		    def handle_data(self, d):
		        if self.depth:
		            self.err += d
		p = P()
		p.feed(open(path, encoding="utf-8").read())
		bad = []
		if p.err is None:
		    bad.append("no element id=%s" % eid)
		elif text not in " ".join(p.err.split()):
		    bad.append("#%s says %r, not %r" % (eid, " ".join(p.err.split()), text))
		if p.ctl is None:
		    bad.append("no control id=%s" % cid)
		elif eid not in (p.ctl.get("aria-describedby") or "").split():
		    bad.append("#%s aria-describedby=%r lacks %s" % (cid, p.ctl.get("aria-describedby"), eid))
		for b in bad:
		    print(b)
		sys.exit(1 if bad else 0)
	PY
}

# monitor_tables: what filling in can change, for assert_unchanged_since:
# the rounds, answers (without when), section versions and scores.
monitor_tables() {
	sql "SELECT id, organisation_id, year, questionnaire_id, status, IFNULL(submitted_at, 'NULL'),
		IFNULL(submitted_by, 'NULL') FROM rounds ORDER BY id"
	echo "-- answers"
	sql "SELECT round_id, question_id, IFNULL(value, 'NULL'), dont_know, prefilled,
		IFNULL(updated_by, 'NULL') FROM answers ORDER BY round_id, question_id"
	echo "-- round_sections"
	sql "SELECT round_id, section_id, version, IFNULL(updated_by, 'NULL') FROM round_sections
		ORDER BY round_id, section_id"
	echo "-- scores"
	sql "SELECT round_id, scope, scope_key, IFNULL(score, 'NULL'), answered, total FROM scores
		ORDER BY round_id, scope, scope_key"
	echo "-- questionnaires"
	sql "SELECT id, year, version, checksum FROM questionnaires ORDER BY id"
}

# assert_monitor_unchanged FILE WHAT: monitor_tables gives what FILE holds.
assert_monitor_unchanged() {
	monitor_tables >"$TEST_TMP/monitor-after" 2>&1
	diff -u "$1" "$TEST_TMP/monitor-after" >"$TEST_TMP/monitor-diff" ||
		fail "$2 changed the monitor's tables: $(grep '^[-+][^-+]' "$TEST_TMP/monitor-diff" | head -n 6 | tr '\n' ' ')"
}

# --- the practice library (issue 7) -----------------------------------------
#
# Tests make their own practices (through the pages, or published ones
# straight in SQL with practice_sql) and remove them when they end; the
# demo practices are never relied on. Search tests put a word of their
# own (unique) in their texts and search for it, so other practices
# cannot disturb the counts.

# drop_practice ID: remove a practice with its revisions, links and
# contact records (the foreign keys cascade).
drop_practice() { sql "DELETE FROM practices WHERE id = $1"; }

# send_form JAR METHOD PATH [NAME=VALUE...] [-- CURL ARGS...]: POST exactly
# these fields (a name may repeat) with a valid csrf token. Sets STATUS.
send_form() {
	local j=$1 path=$2 args=() a
	shift 2
	while [ $# -gt 0 ]; do
		if [ "$1" = -- ]; then shift; break; fi
		args+=(--data-urlencode "$1")
		shift
	done
	http_as "$j" POST "$path" --data-urlencode "csrf=$(csrf "$j")" "${args[@]}" "$@"
}

# PRACTICE_FIELDS: a complete, valid practice form (title last, so a test
# can add its own).
PRACTICE_FIELDS=("summary=Een gemeente kocht circulair in." "approach=Gunning op circulariteit."
	"results=Minder primaire grondstoffen." year=2025 category=gww value_band=215k-1m
	themes=inkoopbeleid aspects=hergebruik aspects=kringloop)

# practice_new JAR TITLE [NAME=VALUE...]: write a new practice through
# /praktijk/nieuw as the visitor of JAR; must answer 303 to
# /praktijk/ID?klaar=practice.saved. Sets PRACTICE (removed at the end).
practice_new() {
	local j=$1 title=$2 loc
	shift 2
	send_form "$j" /praktijk/nieuw "${PRACTICE_FIELDS[@]}" "title=$title" "$@"
	loc=$(header Location)
	PRACTICE=$(sed -nE 's|^/praktijk/([0-9]+)\?klaar=practice\.saved$|\1|p' <<<"$loc")
	[ "$STATUS" = 303 ] && [ -n "$PRACTICE" ] ||
		fail "$REQ: status $STATUS, Location '$loc'; errors: $(xpath_errors)"
	on_exit "drop_practice $PRACTICE"
}

# practice_sql CBS TITLE SUMMARY APPROACH RESULTS CATEGORY YEAR PUBLIC
# [ASPECT...]: a published practice of the municipality CBS made in SQL
# (as an organiser's publication leaves it), with these texts and aspects
# (public: 1 or 0). Prints its id; the caller registers drop_practice.
practice_sql() {
	local org rev id a
	org=$(org_id "$1") || return 1
	id=$(sql "INSERT INTO practices (uuid, organisation_id, created_at, search_approach, search_results)
		VALUES (UUID(), $org, UTC_TIMESTAMP(), '', ''); SELECT LAST_INSERT_ID()") || return 1
	rev=$(sql "INSERT INTO practice_revisions (practice_id, status, title, summary, approach, results,
		year, category, created_at) VALUES ($id, 'published', $(sql_text "$2"), $(sql_text "$3"),
		$(sql_text "$4"), $(sql_text "$5"), $7, '$6', UTC_TIMESTAMP()); SELECT LAST_INSERT_ID()") || return 1
	for a in "${@:9}"; do
		sql "INSERT INTO practice_aspects (revision_id, aspect) VALUES ($rev, '$a')" || return 1
	done
	sql "UPDATE practices p JOIN practice_revisions r ON r.id = $rev SET p.published_revision_id = r.id,
		p.search_title = r.title, p.search_summary = r.summary, p.search_approach = r.approach,
		p.search_results = r.results, p.published_at = UTC_TIMESTAMP(),
		p.first_published_at = UTC_TIMESTAMP(), p.is_public = $8 WHERE p.id = $id" || return 1
	printf '%s\n' "$id"
}

# practice_state ID: "working-status published-revision public" of a
# practice, e.g. "submitted 0 0" or "none 41 1".
practice_state() {
	sql "SELECT CONCAT_WS(' ', IFNULL(w.status, 'none'), IFNULL(p.published_revision_id, 0), p.is_public)
		FROM practices p LEFT JOIN practice_revisions w ON w.id = p.working_revision_id WHERE p.id = $1"
}

# practice_notice TYPE ID: the uuid of the outbox row of TYPE about
# practice ID (the newest), "" when none.
practice_notice() {
	sql "SELECT uuid FROM outbox WHERE type = '$1' AND JSON_VALUE(body, '$.data.practice.id') = $2
		ORDER BY id DESC LIMIT 1"
}

# webhook_once UUID TYPE: wait until the message UUID is sent, check that
# the webhook receiver got it exactly once, as a POST of type TYPE whose
# body is the outbox row's and whose signature verifies with the webhook
# secret; writes the body to $TEST_TMP/webhook-UUID.json.
webhook_once() {
	wait_outbox "$1" sent 20
	webhook_posts "$1" >"$TEST_TMP/posts-$1"
	stack_sql -N -B --raw "$STACK_DB_NAME" -e "SELECT body FROM outbox WHERE uuid = '$1'" \
		>"$TEST_TMP/outbox-$1" || fail "cannot read the outbox body of $1"
	python3 - "$TEST_TMP/posts-$1" "$STACK_ETC/webhook-secret" "$2" "$TEST_TMP/outbox-$1" \
		"$TEST_TMP/webhook-$1.json" <<-'PY' || fail "the webhook POST of $1 ($2) is not as agreed"
		import hashlib, hmac, json, re, sys
		posts, secret_file, typ, outbox, out = sys.argv[1:]
		lines = [l for l in open(posts, encoding="utf-8").read().splitlines() if l]
		if len(lines) != 1:
		    print("%d POSTs received, expected 1" % len(lines))
		    sys.exit(1)
		rec = json.loads(lines[0])
		h, raw = rec["headers"], rec["body"]
		secret = open(secret_file, "rb").read().strip()
		bad = []
		if h.get("x-cimolt-event") != typ:
		    bad.append("X-Cimolt-Event %r" % h.get("x-cimolt-event"))
		m = re.fullmatch(r"t=([0-9]+),v1=([0-9a-f]{64})", h.get("x-cimolt-signature", ""))
		if not m:
		    bad.append("signature header %r" % h.get("x-cimolt-signature"))
		else:
		    want = hmac.new(secret, m.group(1).encode() + b"." + raw.encode("utf-8"), hashlib.sha256).hexdigest()
		    if not hmac.compare_digest(want, m.group(2)):
		        bad.append("signature does not verify")
		if raw != open(outbox, encoding="utf-8").read().rstrip("\n"):
		    bad.append("body differs from the outbox row")
		if json.loads(raw).get("type") != typ:
		    bad.append("type %r" % json.loads(raw).get("type"))
		open(out, "w", encoding="utf-8").write(raw)
		for b in bad:
		    print(b)
		sys.exit(1 if bad else 0)
	PY
}

# json_at FILE PATH: the value at PATH (Python subscripts, e.g.
# '["data"]["practice"]["id"]') of the JSON in FILE, as JSON.
json_at() {
	python3 -c 'import json, sys; print(json.dumps(eval("json.load(open(sys.argv[1], encoding=\"utf-8\"))" + sys.argv[2]), ensure_ascii=False))' "$1" "$2"
}
