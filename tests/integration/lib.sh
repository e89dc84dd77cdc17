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

# db_state FILE: write what a request could change in the database to FILE
# (the accounts tables row by row, sessions without last_seen_at, which
# any signed-in request moves; which messages are queued, not how the
# courier is getting on with them; a checksum of every other table), so
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
		local t
		for t in $(sql "SELECT table_name FROM information_schema.tables
			WHERE table_schema = DATABASE() AND table_name NOT IN
			('users', 'sessions', 'user_tokens', 'login_failures', 'audit_log',
			 'outbox', 'deliveries')
			ORDER BY 1"); do
			sql "CHECKSUM TABLE \`$t\` EXTENDED"
		done
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
