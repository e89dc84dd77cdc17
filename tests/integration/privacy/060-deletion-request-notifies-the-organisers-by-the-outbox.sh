# A signed-in user asks on /account for their account to be deleted (POST
# /account/verwijderen): 303 to /account?klaar=account.erasure-requested,
# whose notice says so; one message account.erasure-requested to every
# active organiser, reply to the user, delivered once to the webhook,
# signed, with the user's id, name, address and organisation and the
# command that erases them; and an audit line by the user. Without a
# csrf token: 403 and no message.
sign_in_as m member
me=$(sql "SELECT id FROM users WHERE email = '$(demo_email member)'")
last=$(sql "SELECT IFNULL(MAX(id), 0) FROM outbox")
audit=$(sql "SELECT MAX(id) FROM audit_log")
http_as m POST /account/verwijderen
assert_html_page 403
assert_eq "$(sql "SELECT COUNT(*) FROM outbox WHERE id > $last")" 0 "messages after a POST without csrf"
send_form m /account/verwijderen
assert_status 303
assert_header Location "/account?klaar=account.erasure-requested"
uuid=$(sql "SELECT uuid FROM outbox WHERE id > $last AND type = 'account.erasure-requested'")
[ -n "$uuid" ] && [ "$(wc -l <<<"$uuid")" = 1 ] || fail "messages queued: '$uuid', expected one"
webhook_once "$uuid" account.erasure-requested
w=$TEST_TMP/webhook-$uuid.json
assert_eq "$(json_at "$w" '["data"]')" \
	"{\"user\": {\"id\": $me, \"name\": \"Lotte Lid\", \"email\": \"$(demo_email member)\", \"organisation\": \"Ede\"}}" "the message's data"
assert_eq "$(json_at "$w" '["mail"]["to"]' | python3 -c 'import json,sys; print(" ".join(sorted(json.load(sys.stdin))))')" \
	"$(sql "SELECT GROUP_CONCAT(email ORDER BY email SEPARATOR ' ') FROM users
	WHERE role = 'organiser' AND disabled_at IS NULL")" "the message's addressees"
assert_eq "$(json_at "$w" '["mail"]["subject"]')" '"Verzoek om een account te verwijderen: Lotte Lid"' "the subject"
python3 -c "import json,sys; t=json.load(open(sys.argv[1]))['mail']['text']; sys.exit(0 if 'cimolt-admin person erase $(demo_email member)' in t else 1)" "$w" ||
	fail "the mail does not give the command that erases the user"
assert_eq "$(sql "SELECT CONCAT_WS(' ', actor_user_id, action, subject_type, subject_id) FROM audit_log WHERE id > $audit")" \
	"$me account.erasure-requested user $me" "the audit line"
http_as m GET "/account?klaar=account.erasure-requested"
assert_html_page 200
assert_message account.erasure-requested
