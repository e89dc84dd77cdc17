# tests/integration/lib/common.sh: loaded first, by tests/integration/run,
# before every integration test; the other files of lib/ follow it.
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
. "$(dirname "${BASH_SOURCE[0]}")/../../../dev/lib/stack.sh"
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
		read -r line 2>/dev/null <"$f" || continue
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

# admin_cli ARGS...: cimolt-admin on the test stack's configuration.
admin_cli() { "$STACK_BIN/cimolt-admin" -c "$STACK_CONFIG" "$@"; }

# unique NAME: a string unique to this test run, e.g. for e-mail addresses.
unique() { printf '%s-%s-%s\n' "$1" "$$" "$(date +%s%N | tail -c 7)"; }

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

# org_id CBS_CODE: the id of the organisation with this CBS code.
org_id() {
	local id
	id=$(sql "SELECT id FROM organisations WHERE cbs_code = '$1'")
	[ -n "$id" ] || fail "no organisation with CBS code $1"
	printf '%s\n' "$id"
}

# assert_same_as_xsltproc WHAT HTML XML: the page document XML, rendered
# by xsltproc as tests/browser/render does (the XSLT of every part that
# cimoltd draws in C, as its xsl:fallback), is the HTML file HTML that
# cimoltd served, byte for byte. WHAT names the page for the message.
assert_same_as_xsltproc() {
	"$STACK_ROOT/tests/browser/render" "$3" >"$TEST_TMP/xsltproc.html" 2>"$TEST_TMP/render.err" ||
		fail "$1: xsltproc failed: $(head -n 3 "$TEST_TMP/render.err")"
	cmp -s "$2" "$TEST_TMP/xsltproc.html" ||
		fail "$1: cimoltd's HTML differs from xsltproc's: $(cmp "$2" "$TEST_TMP/xsltproc.html" | head -n 1)"
}
