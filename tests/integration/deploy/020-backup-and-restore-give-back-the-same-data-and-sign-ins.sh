# cimolt-admin backup, taken while the site serves, and restore into the
# emptied database give back every table as it was (schema and rows:
# registrations, an account, monitor answers and scores), and the
# account signs in again.
db=cimolt_t_backup
new_database "$db"
serve_database "$db"
out=$(admin_cli migrate 2>&1) || fail "migrate exited $?: $out"

# Data through the site and the admin tool.
new_event
email=$(unique backup)@ede.example
register a "$EVENT" GM0228 "Bert Backup" "$email" "Inkoper"
case $STATUS in 303 | 200) ;; *) fail "$REQ: status $STATUS, expected 303 or 200" ;; esac
user=$(unique user)@ede.example
new_user "$user" "Ursula Upgrade" GM0228 member "een-lang-wachtwoord-1"
out=$(admin_cli questionnaire import "$STACK_ROOT/schema/questionnaire-2026.xml" 2>&1 &&
	admin_cli monitor generate --year 2026 --orgs GM0228,GM0202 2>&1) ||
	fail "loading monitor answers failed: $out"
assert_eq "$(sql "SELECT COUNT(*) > 0 FROM answers")" 1 "monitor answers made"
assert_eq "$(sql "SELECT COUNT(*) FROM registrations WHERE event_id = $EVENT")" 1 "registrations made"
# The courier settles what it has to send, so nothing changes meanwhile.
wait_for 20 eval '[ "$(sql "SELECT COUNT(*) FROM outbox WHERE status <> '\''sent'\''")" = 0 ]' ||
	fail "the outbox did not empty"
db_dump_of "$db" >"$TEST_TMP/before.sql" || fail "cannot dump $db"

out=$(admin_cli backup "$TEST_TMP/backup.sql" 2>&1) || fail "backup exited $?: $out"
assert_eq "$out" "database $db backed up to $TEST_TMP/backup.sql ($(stat -c %s "$TEST_TMP/backup.sql") bytes)" \
	"backup's report"
assert_eq "$(stat -c %a "$TEST_TMP/backup.sql")" 600 "mode of the backup"

# Wiped, as an operator would before a restore.
stack_stop cimoltd 2>/dev/null || fail "cannot stop cimoltd"
stack_sql -e "DROP DATABASE \`$db\`; CREATE DATABASE \`$db\`
	CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci" || fail "cannot wipe $db"
out=$(admin_cli restore "$TEST_TMP/backup.sql" 2>"$TEST_TMP/restore.err") ||
	fail "restore exited $?: $out $(cat "$TEST_TMP/restore.err")"
assert_eq "$out" "$TEST_TMP/backup.sql restored into database $db" "restore's report"
grep -q "migrate: 0 applied" "$TEST_TMP/restore.err" ||
	fail "restore did not run the migrations: $(cat "$TEST_TMP/restore.err")"
db_dump_of "$db" >"$TEST_TMP/after.sql" || fail "cannot dump $db"
diff -u "$TEST_TMP/before.sql" "$TEST_TMP/after.sql" >"$TEST_TMP/diff" ||
	fail "restored database differs: $(head -n 20 "$TEST_TMP/diff")"

stack_fcgi_start || fail "cimoltd did not start again"
sign_in s "$user" "een-lang-wachtwoord-1"
assert_status 303
http_as s GET "/?format=xml"
assert_xpath /page/user/@email "$user"
