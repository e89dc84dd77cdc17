# `cimolt-admin person erase EMAIL` of a member who registered, asked for
# advice, failed to sign in, asked to be deleted and is notified of an
# event: afterwards a mariadb-dump of the whole database holds neither
# their address nor their name (nor their phone number); one audit line
# person.erased says it happened, naming no one; a second erasure finds
# nothing; the event notifies the others only; they cannot sign in.
# Their municipality keeps its monitor
# answers, scores and statistics, its advice request and its
# registration (without the person), and its coordinator works on:
# signs in, sees the monitor, the advice requests and the members.
email="erase.$$@ede.example"
name="Eva Wisser$$"
person_setup e "$email" "$name"
ede=$(org_id GM0228)
kept="rounds round_sections answers scores peer_groups peer_stats organisations"
digest=$(table_digest $kept)
requests=$(sql "SELECT COUNT(*) FROM advice_requests WHERE organisation_id = $ede")
regs=$(sql "SELECT COUNT(*) FROM registrations WHERE event_id = $EVENT AND organisation_id = $ede AND status = 'confirmed'")
audit=$(sql "SELECT MAX(id) FROM audit_log")
out=$(admin_cli person erase "$email" 2>&1) || fail "cimolt-admin person erase failed: $out"
echo "# $(tr '\n' ' ' <<<"$out")"
[ "$(awk '$1 == "account" { print $2 }' <<<"$out")" = 1 ] || fail "erase did not report the account: $out"
again=$(admin_cli person erase "$email" 2>&1) || fail "a second erase failed: $again"
assert_eq "$again" "nothing is held about that address; nothing changed" "a second erase"
db_dump "$TEST_TMP/dump.sql"
assert_eq "$(dump_count "$TEST_TMP/dump.sql" "$email")" 0 "rows of the dump with $email"
assert_eq "$(dump_count "$TEST_TMP/dump.sql" "$name")" 0 "rows of the dump with $name"
assert_eq "$(dump_count "$TEST_TMP/dump.sql" "Wisser$$")" 0 "rows of the dump with the surname"
assert_eq "$(dump_count "$TEST_TMP/dump.sql" "$PHONE")" 0 "rows of the dump with their phone number"
assert_eq "$(sql "SELECT CONCAT_WS(' ', actor_user_id IS NULL, action, subject_type, subject_id) FROM audit_log
	WHERE id > $audit")" "1 person.erased user $PERSON" "the audit lines the erasure added"
assert_eq "$(sql "SELECT notify_emails FROM events WHERE id = $EVENT")" "$NOTIFY" "the addresses the event notifies"
assert_eq "$(table_digest $kept)" "$digest" "the monitor's answers, scores and statistics"
assert_eq "$(sql "SELECT COUNT(*) FROM advice_requests WHERE organisation_id = $ede")" "$requests" "Ede's advice requests"
assert_eq "$(sql "SELECT COUNT(*) FROM registrations WHERE event_id = $EVENT AND organisation_id = $ede AND status = 'confirmed'")" \
	"$regs" "Ede's registrations for the event"
sign_in gone "$email" "$STACK_DEMO_PASSWORD"
assert_status 422
http_as e GET /account
assert_status 303
sign_in_as c coordinator
for p in /monitor /advies/aanvraag /gemeente/leden /benchmark/2025; do
	http_as c GET "$p"
	assert_html_page 200
done
