# An advice request reaches the webhook receiver exactly once, as an
# advice.requested message: signed with the webhook secret (t=..,v1=HMAC),
# X-Cimolt-Event and X-Cimolt-Delivery equal to its type and id, the body
# equal to its outbox row, and in it exactly the agreed data:
# {"request":{"id","topic","question","contact","phone","status":"new",
# "created_at"},"organisation":{"id","name"},"requester":{"name","email"}},
# addressed to every active organiser, reply-to the requester, with a
# link to /beheer/advies in the text.
outbox_settled || fail "the outbox still has pending rows"
sign_in_as c coordinator
question="Kunnen jullie meedenken over onze ambitie? Regel 2: ja, 'echt'."
advice_request c ambitie-aanpak gesprek "" "$question"
uuid=$(sql "SELECT uuid FROM outbox WHERE type = 'advice.requested' AND JSON_VALUE(body, '$.data.request.id') = $REQUEST")
[ -n "$uuid" ] && [ "$(wc -l <<<"$uuid")" = 1 ] || fail "outbox rows for request $REQUEST: '$uuid', expected one"
on_exit "give_up $uuid"
wait_outbox "$uuid" sent 15
sleep 1.5   # a second delivery would show by now
webhook_posts "$uuid" >"$TEST_TMP/posts"
assert_eq "$(grep -c . "$TEST_TMP/posts")" 1 "POSTs received for $uuid"
stack_sql -N -B --raw "$STACK_DB_NAME" -e "SELECT body FROM outbox WHERE uuid = '$uuid'" >"$TEST_TMP/outbox-body"
sql "SELECT email FROM users WHERE role = 'organiser' AND disabled_at IS NULL ORDER BY email" >"$TEST_TMP/organisers"
sql "SELECT r.id, r.topic, r.contact, r.phone, o.id, o.name, u.name, u.email,
	DATE_FORMAT(r.created_at, '%Y-%m-%d %H:%i:%s') FROM advice_requests r
	JOIN organisations o ON o.id = r.organisation_id JOIN users u ON u.id = r.user_id WHERE r.id = $REQUEST" >"$TEST_TMP/row"
python3 - "$TEST_TMP/posts" "$STACK_ETC/webhook-secret" "$uuid" "$TEST_TMP/outbox-body" "$TEST_TMP/organisers" \
	"$TEST_TMP/row" "$question" "$STACK_URL" <<'PY' || fail "the advice.requested message is not as agreed"
import json, re, sys
from cimolt_test import Problems, read, read_secret, signature_match, signature_verifies
posts, secret_file, uuid, outbox_file, org_file, row_file, question, base = sys.argv[1:]
rec = json.loads(read(posts))
secret = read_secret(secret_file)
bad = Problems()
check = bad.check
h, raw = rec["headers"], rec["body"]
check(rec["status"] == 200, "receiver answered %r" % rec["status"])
check(h.get("content-type") == "application/json", "Content-Type %r" % h.get("content-type"))
check(h.get("x-cimolt-event") == "advice.requested", "X-Cimolt-Event %r" % h.get("x-cimolt-event"))
check(h.get("x-cimolt-delivery") == uuid, "X-Cimolt-Delivery %r" % h.get("x-cimolt-delivery"))
m = signature_match(h.get("x-cimolt-signature", ""))
if not m:
    bad.add("X-Cimolt-Signature %r malformed" % h.get("x-cimolt-signature"))
else:
    check(signature_verifies(secret, m, raw), "signature does not verify")
check(raw == read(outbox_file).rstrip("\n"), "body differs from its outbox row")
doc = json.loads(raw)
check(doc.get("id") == uuid and doc.get("type") == "advice.requested", "id/type %r %r" % (doc.get("id"), doc.get("type")))
rid, topic, contact, phone, oid, oname, uname, email, created = read(row_file).rstrip("\n").split("\t")
data = doc.get("data")
want = {"request": {"id": int(rid), "topic": topic, "question": question, "contact": contact, "phone": phone,
                    "status": "new", "created_at": created},
        "organisation": {"id": int(oid), "name": oname}, "requester": {"name": uname, "email": email}}
if not isinstance(data, dict):
    bad.add("data %r" % data)
else:
    for part in want:
        got = data.get(part)
        if not isinstance(got, dict) or set(got) != set(want[part]):
            bad.add("data.%s keys %r, expected %r" % (part, sorted(got or {}), sorted(want[part])))
            continue
        for k, v in want[part].items():
            g = got[k]
            if k == "created_at":
                # The same moment, whichever way it is written.
                same = isinstance(g, str) and re.sub(r"[TZ]", " ", g).strip() == v
                check(same, "data.request.created_at %r, expected %r (the row's created_at)" % (g, v))
            else:
                check(g == v, "data.%s.%s %r, expected %r" % (part, k, g, v))
    check(set(data) == set(want), "data keys %r" % sorted(data))
mail = doc.get("mail") or {}
organisers = read(org_file).split()
to = mail.get("to")
if isinstance(to, str):
    to = [t.strip() for t in to.split(",")]
check(sorted(to or []) == organisers, "mail.to %r, expected the active organisers %r" % (mail.get("to"), organisers))
check(mail.get("reply_to") in (email, [email]), "mail.reply_to %r, expected %r" % (mail.get("reply_to"), email))
check(isinstance(mail.get("subject"), str) and mail["subject"].strip() != "", "mail.subject %r" % mail.get("subject"))
check(base + "/beheer/advies" in (mail.get("text") or ""), "mail.text lacks %s/beheer/advies" % base)
check(question in (mail.get("text") or ""), "mail.text lacks the question")
bad.exit()
PY
# Personal data stays out of the logs.
for f in "$STACK_LOG"/cimoltd.log "$STACK_LOG"/nginx-access.log; do
	! grep -qF "$(demo_email coordinator)" "$f" || fail "$f holds the requester's e-mail address"
	! grep -qF "Regel 2: ja" "$f" || fail "$f holds the question"
done
