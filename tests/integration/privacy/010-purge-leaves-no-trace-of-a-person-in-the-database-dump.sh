# A person registers for a masterclass (two registrations: one kept, one
# cancelled), which queues messages to them and to the organisers, and
# fails to sign in twice with their address. Once their event ended over
# 12 months ago, the messages were delivered over 30 days ago and the
# failures and a reset request are over 30 days old (the test moves
# those dates back; the courier forgets the public registrations' counts
# after a day already: privacy/registration-counts-are-forgotten-after-a-day),
# `cimolt-admin purge --dry-run` counts exactly those rows and changes
# nothing; `cimolt-admin purge` prints the same counts and afterwards a
# mariadb-dump of the whole database holds neither the person's address
# nor their name, while the monitor's answers, the scores and the
# benchmark's statistics are unchanged and the registrations still count
# for their municipality. A second run finds nothing more to do.
new_event
second=$(sql "INSERT INTO events (kind, audience, status, title, description, starts_at, ends_at,
	place, capacity, per_org_limit, notify_emails) SELECT kind, audience, status,
	CONCAT(title, ' 2'), description, starts_at, ends_at, place, capacity, per_org_limit,
	notify_emails FROM events WHERE id = $EVENT; SELECT LAST_INSERT_ID()")
on_exit "drop_event $second"
name="Petra Purgeer$$"
email="petra.purgeer.$$@bewaar.example"
registered p "$EVENT" GM0228 "$name" "$email" "Inkoopadviseur"
registered p "$second" GM0228 "$name" "$email" "Inkoopadviseur"
cancel=$TOKEN
http_as p POST "/aanmelding/$cancel/annuleren" --data-urlencode "csrf=$(csrf p)"
assert_status 303
for i in 1 2; do
	sign_in f "$email" "niet-het-wachtwoord-$i"
	assert_status 422
done
outbox_settled 30 || fail "messages still pending after 30 s"
mine="body LIKE '%$email%'"
msgs=$(sql "SELECT COUNT(*) FROM outbox WHERE $mine AND status = 'sent'")
[ "$msgs" -ge 4 ] || fail "only $msgs delivered messages mention $email (confirmations and notices of two registrations and a cancellation)"
db_dump "$TEST_TMP/before.sql"
[ "$(dump_count "$TEST_TMP/before.sql" "$email")" -gt 0 ] && [ "$(dump_count "$TEST_TMP/before.sql" "$name")" -gt 0 ] ||
	fail "the dump before the purge does not hold $email and $name"
kept="rounds round_sections answers scores peer_groups peer_stats organisations"
digest_before=$(table_digest $kept)
orgs_before=$(sql "SELECT event_id, organisation_id, status FROM registrations WHERE event_id IN ($EVENT, $second) ORDER BY id")

base=$(purge_counts --dry-run)
failures=$(sql "SELECT IFNULL(MAX(id), 0) FROM login_failures")
sql "UPDATE events SET starts_at = starts_at - INTERVAL 3 YEAR, ends_at = ends_at - INTERVAL 3 YEAR
	WHERE id IN ($EVENT, $second);
	UPDATE outbox SET created_at = created_at - INTERVAL 31 DAY, sent_at = sent_at - INTERVAL 31 DAY
	WHERE $mine;
	UPDATE login_failures SET at = at - INTERVAL 31 DAY WHERE id > $failures - 2;
	UPDATE throttle_events SET at = at - INTERVAL 31 DAY
	WHERE key_hash = UNHEX(SHA2('$email', 256)) AND kind <> 'registration';
	INSERT INTO throttle_events (kind, key_hash, address, at)
	VALUES ('reset', UNHEX(SHA2('$email', 256)), '127.0.0.1', UTC_TIMESTAMP() - INTERVAL 31 DAY)"
dry=$(purge_counts --dry-run)
assert_eq "$(purge_count "$dry" registrations)" "$(($(purge_count "$base" registrations) + 2))" "registrations a dry run counts"
assert_eq "$(purge_count "$dry" messages)" "$(($(purge_count "$base" messages) + msgs))" "messages a dry run counts"
assert_eq "$(purge_count "$dry" login-failures)" "$(($(purge_count "$base" login-failures) + 3))" \
	"failed sign-ins (2) and reset requests (1) a dry run counts"
db_dump "$TEST_TMP/dry.sql"
assert_eq "$(dump_count "$TEST_TMP/dry.sql" "$email")" "$(dump_count "$TEST_TMP/before.sql" "$email")" "rows with the address after a dry run"

done=$(purge_counts)
assert_eq "$done" "$dry" "what the purge removed against what the dry run said"
echo "# purge: $(tr '\n' ' ' <<<"$done")"
db_dump "$TEST_TMP/after.sql"
assert_eq "$(dump_count "$TEST_TMP/after.sql" "$email")" 0 "rows of the dump with $email"
assert_eq "$(sql "SELECT COUNT(*) FROM throttle_events WHERE key_hash = UNHEX(SHA2('$email', 256))
	AND (kind <> 'registration' OR at < UTC_TIMESTAMP() - INTERVAL 1 DAY)")" 0 \
	"throttled tries with the hash of $email (but today's registrations)"
assert_eq "$(dump_count "$TEST_TMP/after.sql" "$name")" 0 "rows of the dump with $name"
assert_eq "$(dump_count "$TEST_TMP/after.sql" "Purgeer$$")" 0 "rows of the dump with the surname"
assert_eq "$(table_digest $kept)" "$digest_before" "the monitor's answers, scores and statistics"
assert_eq "$(sql "SELECT event_id, organisation_id, status FROM registrations WHERE event_id IN ($EVENT, $second) ORDER BY id")" \
	"$orgs_before" "the registrations' events, municipalities and statuses"
again=$(purge_counts)
for r in registrations messages login-failures; do
	assert_eq "$(purge_count "$again" "$r")" 0 "$r a second purge changes"
done
