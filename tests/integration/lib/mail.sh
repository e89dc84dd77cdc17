# tests/integration/lib/mail.sh: outgoing mail: the outbox, the courier
# and what the test webhook and SMTP receivers got (loaded by
# tests/integration/run).

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
	python3 -m cimolt_test webhook-posts "$STACK_WEBHOOK_LOG" "$1"
}

# smtp_files UUID: the .json files of the SMTP receiver whose message
# carries X-Cimolt-Delivery: UUID.
smtp_files() {
	grep -lF "X-Cimolt-Delivery: $1" "$STACK_SMTP_DIR"/*.json 2>/dev/null
}

# invite EMAIL [NAME]: add a member of Ede (GM0228) without a password,
# which queues an invitation mail; sets UUID to its outbox row's uuid.
invite() {
	new_user "$1" "${2:-Ineke Uitgenodigd}" GM0228 member
	UUID=$(sql "SELECT uuid FROM outbox WHERE body LIKE '%$1%' ORDER BY id DESC LIMIT 1")
	[ -n "$UUID" ] || fail "no outbox row mentions $1 after cimolt-admin user add"
	on_exit "give_up $UUID"
}

# ask_reset JAR EMAIL: ask for a password reset for EMAIL as the visitor
# of JAR (must answer 303); sets UUID to the reset mail queued for it
# (fails when there is none).
ask_reset() {
	local mark
	mark=$(sql "SELECT COALESCE(MAX(id), 0) FROM outbox")
	http_as "$1" POST /wachtwoord-vergeten --data-urlencode "csrf=$(csrf_of "$1")" --data-urlencode "email=$2"
	assert_status 303
	UUID=$(sql "SELECT uuid FROM outbox WHERE id > $mark AND type = 'account.reset' AND body LIKE '%$2%'")
	[ -n "$UUID" ] || fail "no reset mail queued for $2"
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

# deliveries UUID TRANSPORT: the attempts logged for the row that have a
# result (not under way or cut off), one line each: ok, http_status,
# smtp_reply, error (tab-separated, oldest first).
deliveries() {
	sql "SELECT d.ok, d.http_status, d.smtp_reply, d.error FROM deliveries d
		JOIN outbox o ON o.id = d.outbox_id WHERE o.uuid = '$1' AND d.transport = '$2'
		AND d.finished_at IS NOT NULL ORDER BY d.id"
}

# webhook_delay MS: make the test webhook receiver wait MS milliseconds
# before it answers each POST.
webhook_delay() {
	curl -sS --max-time 5 -o /dev/null --data-binary "$1" \
		"http://127.0.0.1:$STACK_WEBHOOK_PORT/_delay" || fail "cannot slow the webhook receiver down"
}

# queue_messages N FILE [TEXT]: put N messages (type test.bulk, to
# bulkK@ede.example; with TEXT as their text when given) in the outbox in
# one transaction, as the application would; their uuids go to FILE, one
# per line. Registers their clean-up.
queue_messages() {
	python3 -m cimolt_test queue-sql "$@" >"$TEST_TMP/queue.sql"
	stack_sql "$STACK_DB_NAME" <"$TEST_TMP/queue.sql" || fail "cannot queue $1 messages"
	on_exit "sql \"UPDATE outbox SET status = 'failed' WHERE type = 'test.bulk' AND status = 'pending'\""
}

# mail_link UUID WORD: the path of the first link STACK_URL/WORD/... in the
# text of the message UUID as the webhook receiver got it (after waiting
# up to 15 s for it to be sent). Sets LINK.
mail_link() {
	wait_outbox "$1" sent 15
	LINK=$(webhook_posts "$1" | head -n 1 | python3 -m cimolt_test mail-link "$STACK_URL" "$2")
	[ -n "$LINK" ] || fail "no $STACK_URL/$2/... link in the mail of $1"
}

# webhook_once UUID TYPE: wait until the message UUID is sent, check that
# the webhook receiver got it exactly once, as a POST of type TYPE whose
# body is the outbox row's (with the tokens of its links, which the
# courier redacts there once it is sent) and whose signature verifies with the webhook
# secret; writes the body to $TEST_TMP/webhook-UUID.json.
webhook_once() {
	wait_outbox "$1" sent 20
	webhook_posts "$1" >"$TEST_TMP/posts-$1"
	stack_sql -N -B --raw "$STACK_DB_NAME" -e "SELECT body FROM outbox WHERE uuid = '$1'" \
		>"$TEST_TMP/outbox-$1" || fail "cannot read the outbox body of $1"
	python3 -m cimolt_test webhook-once "$TEST_TMP/posts-$1" "$STACK_ETC/webhook-secret" "$2" "$TEST_TMP/outbox-$1" \
		"$TEST_TMP/webhook-$1.json" || fail "the webhook POST of $1 ($2) is not as agreed"
}

# json_at FILE PATH: the value at PATH (Python subscripts, e.g.
# '["data"]["practice"]["id"]') of the JSON in FILE, as JSON.
json_at() {
	python3 -m cimolt_test json-at "$1" "$2"
}

# second_cimoltd: start a second cimoltd on the test database (as on a
# second host: its own socket, so a second courier) until the test ends;
# its log is $TEST_TMP/second.log.
second_cimoltd() {
	local cfg=$TEST_TMP/second.ini sock=$STACK_SOCKDIR/t-second.sock pid
	cp "$STACK_CONFIG" "$cfg"
	sed -i "s|^listen = .*|listen = unix:$sock|" "$cfg"
	"$STACK_BIN/cimoltd" -c "$cfg" >"$TEST_TMP/second.log" 2>&1 &
	pid=$!
	on_exit "kill -TERM $pid 2>/dev/null; stack_wait_gone $pid 10; rm -f '$sock'"
	wait_for 5 test -S "$sock" || fail "the second cimoltd did not start: $(tail -n 3 "$TEST_TMP/second.log")"
}

