# `cimolt-admin person export EMAIL` of a member who registered, asked for
# advice, failed to sign in and asked to be deleted: for every table in
# which a mariadb-dump of the whole database has rows holding their
# address, the export has as many entries (users: the account;
# registrations; outbox: the messages; outbox_recipients: the address
# as each message's recipient; audit_log: the lines; events: the
# events that notify the address), and no
# other table holds it; it also has the rows that point to them by id
# (the advice request, the failed sign-ins by the hash of the address,
# the audit lines about the account, what they wrote in the conversation
# about their advice request). /account/gegevens, signed in as them,
# downloads the same JSON.
email="export.$$@ede.example"
name="Esther Exporteer$$"
person_setup e "$email" "$name"
sql "INSERT INTO advice_messages (request_id, author_id, kind, body, created_at)
	SELECT id, user_id, 'reply', 'Mijn antwoord $$', UTC_TIMESTAMP()
	FROM advice_requests WHERE user_id = $PERSON ORDER BY id LIMIT 1"
db_dump "$TEST_TMP/dump.sql"
dump_tables "$TEST_TMP/dump.sql" "$email" >"$TEST_TMP/tables"
echo "# the dump holds the address in: $(tr '\n' ' ' <"$TEST_TMP/tables")"
admin_cli person export "$email" >"$TEST_TMP/export.json" 2>"$TEST_TMP/err" ||
	fail "cimolt-admin person export failed: $(cat "$TEST_TMP/err")"
python3 - "$TEST_TMP/export.json" "$TEST_TMP/tables" "$email" "$name" <<'PY' || fail "the export and the dump disagree"
import json, sys
e = json.load(open(sys.argv[1]))
email, name = sys.argv[3], sys.argv[4]
dump = {t: int(n) for t, n in (l.split() for l in open(sys.argv[2]) if l.strip())}
bad = []
def has(v):
    return email in json.dumps(v, ensure_ascii=False).lower()
found = {
    'users': 1 if e['account'] and e['account']['email'] == email else 0,
    'registrations': sum(1 for r in e['registrations'] if r['email'] == email),
    'outbox': sum(1 for m in e['messages'] if has(m['body'])),
    'audit_log': sum(1 for a in e['audit'] if email in a['detail']),
    'events': len(e['events_notifying']),
    'outbox_recipients': sum(1 for r in e['message_recipients'] if r['address'] == email),
}
for t, n in dump.items():
    if t not in found:
        bad.append(f'the dump has {n} rows of {t} with the address; the export has no part for them')
    elif found[t] != n:
        bad.append(f'{t}: {n} rows in the dump, {found[t]} in the export')
for t in ('users', 'registrations', 'outbox', 'events'):
    if t not in dump:
        bad.append(f'the dump has no {t} row with the address (the test made some)')
if e['account'] and e['account']['name'] != name:
    bad.append(f"the account's name is {e['account']['name']}")
if bad: print('\n'.join(bad))
sys.exit(1 if bad else 0)
PY
j() { python3 -c "import json,sys; e=json.load(open(sys.argv[1])); print($1)" "$TEST_TMP/export.json"; }
assert_eq "$(j "len(e['advice_requests'])")" "$(sql "SELECT COUNT(*) FROM advice_requests WHERE user_id = $PERSON")" "advice requests exported"
assert_eq "$(j "e['advice_requests'][0]['phone']")" "$PHONE" "the advice request's phone number"
assert_eq "$(j "[m['text'] for m in e['advice_messages']]")" "['Mijn antwoord $$']" "what they wrote in the advice conversation"
assert_eq "$(j "len(e['login_failures'])")" "$(sql "SELECT COUNT(*) FROM login_failures WHERE email_hash = UNHEX(SHA2('$email', 256))")" "failed sign-ins exported"
assert_eq "$(j "len(e['login_failures'])")" 2 "failed sign-ins exported"
assert_eq "$(j "len(e['audit'])")" "$(sql "SELECT COUNT(*) FROM audit_log WHERE actor_user_id = $PERSON
	OR (subject_type = 'user' AND subject_id = $PERSON) OR LOCATE('$email', detail) > 0")" "audit lines exported"
assert_eq "$(j "sorted(m['type'] for m in e['messages'])")" \
	"['account.erasure-requested', 'advice.received', 'advice.requested', 'registration.confirmation', 'registration.created', 'registration.verify']" "the messages exported"

http_as e GET /account/gegevens
assert_status 200
assert_header Content-Type "application/json; charset=utf-8"
assert_header Content-Disposition 'attachment; filename="mijn-gegevens.json"'
python3 - "$TEST_TMP/body" "$TEST_TMP/export.json" <<'PY' || fail "the download differs from cimolt-admin person export"
import json, sys
a, b = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
a.pop('exported_at'); b.pop('exported_at')
sys.exit(0 if a == b else 1)
PY
