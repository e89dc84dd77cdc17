# An address is found as a whole, case aside: messages that name a longer
# address containing it (ander.a@b, a@b.nl.example, a@b-c) are neither
# exported nor erased with it, and for an address with nothing else held
# the erasure changes nothing; a message naming it in capitals, between
# quotes, is found and erased.
email="geheel.$$@ede.example"
last=$(sql "SELECT IFNULL(MAX(id), 0) FROM outbox")
on_exit "sql \"DELETE FROM outbox WHERE id > $last AND type = 'test.other'\""
for other in "ander.$email" "$email.voorbeeld" "${email%.example}-x.example" "x$email"; do
	sql "INSERT INTO outbox (uuid, type, body, created_at, status, next_attempt_at, give_up_at, sent_at)
		VALUES (UUID(), 'test.other', '{\"to\":[\"$other\"]}', UTC_TIMESTAMP(), 'sent',
		UTC_TIMESTAMP(), UTC_TIMESTAMP(), UTC_TIMESTAMP())"
done
admin_cli person export "$email" >"$TEST_TMP/export.json" || fail "cimolt-admin person export failed"
assert_eq "$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['messages']))" "$TEST_TMP/export.json")" 0 \
	"messages exported for $email"
out=$(admin_cli person erase "$email" 2>&1) || fail "cimolt-admin person erase failed: $out"
assert_eq "$out" "nothing is held about that address; nothing changed" "the erasure"
assert_eq "$(sql "SELECT COUNT(*) FROM outbox WHERE id > $last AND type = 'test.other' AND body <> ''")" 4 \
	"messages naming other addresses, after the erasure"
upper=$(tr 'a-z' 'A-Z' <<<"$email")
sql "INSERT INTO outbox (uuid, type, body, created_at, status, next_attempt_at, give_up_at, sent_at)
	VALUES (UUID(), 'test.other', '{\"to\":[\"$upper\"]}', UTC_TIMESTAMP(), 'sent',
	UTC_TIMESTAMP(), UTC_TIMESTAMP(), UTC_TIMESTAMP())"
admin_cli person export "$email" >"$TEST_TMP/export.json" || fail "cimolt-admin person export failed"
assert_eq "$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['messages']))" "$TEST_TMP/export.json")" 1 \
	"messages exported for $email in capitals"
out=$(admin_cli person erase "$email" 2>&1) || fail "cimolt-admin person erase failed: $out"
assert_eq "$(awk '$1 == "messages" { print $2 }' <<<"$out")" 1 "messages erased"
assert_eq "$(sql "SELECT COUNT(*) FROM outbox WHERE id > $last AND type = 'test.other' AND body <> ''")" 4 \
	"messages naming other addresses, after erasing the one in capitals"
