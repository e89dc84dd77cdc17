# Messages queued before schema/028 have no subject, recipients or
# recipient rows of their own; the migration's statements for them take
# these from each body's mail part: the subject, the "to" list as
# written (a "Name <address>" entry too), and each address in lower
# case. The list then shows them and a search by address finds them. A
# purged body stays without.
a=$(unique oud)@ede.example
uuid=$(python3 -c 'import uuid; print(uuid.uuid4())')
purged=$(python3 -c 'import uuid; print(uuid.uuid4())')
body=$(python3 -c 'import json, sys; print(json.dumps({"id": sys.argv[1], "type": "account.reset", "data": {},
	"mail": {"to": ["Olga Oud <" + sys.argv[2].upper() + ">", "tweede@ede.example"], "subject": "Nieuw wachtwoord voor CIMoLT (oud)", "text": "Tekst"}},
	ensure_ascii=True))' "$uuid" "$a")
sql "INSERT INTO outbox (uuid, type, body, created_at, status, next_attempt_at, give_up_at, sent_at)
	VALUES ('$uuid', 'account.reset', '$body', UTC_TIMESTAMP(), 'sent', UTC_TIMESTAMP(), UTC_TIMESTAMP(), UTC_TIMESTAMP()),
	('$purged', 'account.reset', '', UTC_TIMESTAMP(), 'sent', UTC_TIMESTAMP(), UTC_TIMESTAMP(), UTC_TIMESTAMP())"
on_exit "sql \"DELETE FROM outbox WHERE uuid IN ('$uuid', '$purged')\""
sql "UPDATE outbox SET purged_at = UTC_TIMESTAMP() WHERE uuid = '$purged'"
id=$(outbox_field "$uuid" id)
assert_eq "$(outbox_field "$uuid" "subject IS NULL")" 1 "the subject before"

sed -n '/^-- The messages queued before/,$p' "$STACK_ROOT/schema/028_outbox_recipients.sql" >"$TEST_TMP/backfill.sql"
[ -s "$TEST_TMP/backfill.sql" ] || fail "schema/028_outbox_recipients.sql has no statements for the messages queued before"
stack_sql "$STACK_DB_NAME" <"$TEST_TMP/backfill.sql" || fail "the migration's statements failed"

assert_eq "$(outbox_field "$uuid" subject)" "Nieuw wachtwoord voor CIMoLT (oud)" "the subject"
assert_eq "$(outbox_field "$uuid" recipients)" "Olga Oud <${a^^}>, tweede@ede.example" "the recipients"
assert_eq "$(sql "SELECT GROUP_CONCAT(address ORDER BY position SEPARATOR ' ') FROM outbox_recipients WHERE outbox_id = $id")" \
	"$a tweede@ede.example" "the addresses"
assert_eq "$(outbox_field "$purged" "CONCAT_WS(',', subject, recipients, 'none')")" none "the purged message's subject and recipients"

sign_in_as org organiser
http_as org GET "/beheer/berichten?format=xml" -G --data-urlencode "q=$a"
assert_status 200
assert_xpath /page/search/@total 1
assert_xpath /page/deliveries/message/@id "$id"
assert_xpath /page/deliveries/message/@subject "Nieuw wachtwoord voor CIMoLT (oud)"
