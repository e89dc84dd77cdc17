# An invitation reaches the webhook receiver once, as a POST to the
# configured path with exactly the agreed headers and body: compact JSON
# with the keys id, type, created_at, data, mail in that order, equal to the
# outbox row (but for the link's token, which the courier redacts there
# once the mail is sent), and a signature that verifies with the webhook
# secret.
outbox_settled || fail "the outbox still has pending rows"
email=$(unique webhook)@ede.example
invite "$email" "Wim Webhook"
wait_outbox "$UUID" sent 15

posts=$(webhook_posts "$UUID")
assert_eq "$(grep -c . <<<"$posts")" 1 "POSTs received for $UUID"
stack_sql -N -B --raw "$STACK_DB_NAME" -e "SELECT body FROM outbox WHERE uuid = '$UUID'" \
	>"$TEST_TMP/outbox-body" ||
	fail "cannot read the outbox body"
printf '%s\n' "$posts" >"$TEST_TMP/post"

python3 - "$TEST_TMP/post" "$STACK_ETC/webhook-secret" "$UUID" "$email" \
	"$STACK_URL" "$TEST_TMP/outbox-body" <<'PY' || fail "the webhook request is not as agreed"
import hmac, json, re, sys, time
from datetime import datetime, timezone
from cimolt_test import Problems, read, read_secret, redacted, signature, signature_match
post_file, secret_file, uuid, email, base_url, outbox_file = sys.argv[1:]
rec = json.loads(read(post_file))
secret = read_secret(secret_file)
problems = Problems()
check = problems.check

h, raw = rec["headers"], rec["body"]
check(rec["path"] == "/hook", "path %r, expected /hook" % rec["path"])
check(rec["status"] == 200, "receiver answered %r" % rec["status"])
check(h.get("content-type") == "application/json",
      "Content-Type %r, expected application/json" % h.get("content-type"))
check(h.get("x-cimolt-event") == "account.invited",
      "X-Cimolt-Event %r, expected account.invited" % h.get("x-cimolt-event"))
check(h.get("x-cimolt-delivery") == uuid,
      "X-Cimolt-Delivery %r, expected %s" % (h.get("x-cimolt-delivery"), uuid))
sig = h.get("x-cimolt-signature", "")
m = signature_match(sig)
check(m is not None, "X-Cimolt-Signature %r is not t=<digits>,v1=<64 lower-case hex>" % sig)
if m:
    t = int(m.group(1))
    check(abs(time.time() - t) < 120, "signature time t=%d is not now (%d)" % (t, time.time()))
    want = signature(secret, m.group(1), raw)
    check(hmac.compare_digest(want, m.group(2)),
          "signature v1=%s does not verify (expected %s)" % (m.group(2), want))

outbox = read(outbox_file).rstrip("\n")
check(redacted(raw) == outbox, "body differs from outbox.body:\n  sent   %r\n  outbox %r" % (raw[:300], outbox[:300]))
try:
    doc = json.loads(raw, object_pairs_hook=lambda pairs: pairs)
except ValueError as e:
    print("body is not JSON: %s: %r" % (e, raw[:200]))
    sys.exit(1)
keys = [k for k, _ in doc]
check(keys == ["id", "type", "created_at", "data", "mail"],
      "body keys %r, expected id, type, created_at, data, mail" % keys)
plain = json.loads(raw)
check(raw == json.dumps(plain, separators=(",", ":"), ensure_ascii=False),
      "body is not compact JSON: %r" % raw[:200])
check(plain.get("id") == uuid, "id %r, expected %s" % (plain.get("id"), uuid))
check(plain.get("type") == "account.invited", "type %r" % plain.get("type"))
ca = plain.get("created_at", "")
if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", str(ca)):
    age = time.time() - datetime.strptime(ca, "%Y-%m-%dT%H:%M:%SZ").replace(
        tzinfo=timezone.utc).timestamp()
    check(-5 < age < 120, "created_at %s is not the time of the invitation (UTC)" % ca)
else:
    problems.add("created_at %r is not YYYY-MM-DDTHH:MM:SSZ" % ca)
check(isinstance(plain.get("data"), dict), "data is not an object: %r" % plain.get("data"))
mail = plain.get("mail")
if isinstance(mail, dict):
    mkeys = [k for k, _ in dict(doc)["mail"]]
    check(mkeys[:3] == ["to", "subject", "text"] and set(mkeys) <= {"to", "subject", "text", "reply_to"},
          "mail keys %r, expected to, subject, text (reply_to)" % mkeys)
    check(mail.get("to") == [email], "mail.to %r, expected [%r]" % (mail.get("to"), email))
    check(isinstance(mail.get("subject"), str) and mail["subject"].strip() != "",
          "mail.subject %r is empty" % mail.get("subject"))
    text = mail.get("text") or ""
    check(re.search(re.escape(base_url) + r"/uitnodiging/[A-Za-z0-9_-]{20,}", text) is not None,
          "mail.text has no link %s/uitnodiging/<token>: %r" % (base_url, text[:300]))
else:
    problems.add("mail is not an object: %r" % mail)
problems.exit()
PY
