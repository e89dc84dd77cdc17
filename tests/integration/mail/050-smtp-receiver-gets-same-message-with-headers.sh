# The SMTP receiver gets the same message as the webhook: envelope from the
# address in [mail] from to each mail.to; headers Date, From, To, Subject,
# Message-ID <uuid@cimolt>, MIME-Version, Content-Type text/plain utf-8,
# 8bit, X-Cimolt-Event, X-Cimolt-Delivery; the body is mail.text with CRLF
# line ends. A subject and text outside ASCII (a message queued directly
# in the outbox) get an RFC 2047 Subject and 8-bit UTF-8 text, and
# reply_to becomes Reply-To.
outbox_settled || fail "the outbox still has pending rows"

check() { # UUID: compare the SMTP copy with the webhook copy of UUID
	python3 - "$1" "$STACK_SMTP_DIR" "$STACK_WEBHOOK_LOG" <<'PY' || fail "the SMTP message of $1 is not as agreed"
import email, email.policy, email.utils, glob, json, re, sys
from cimolt_test import Problems, webhook_log
uuid, smtp_dir, hook_log = sys.argv[1:]
problems = Problems()
check = problems.check
copies = [json.load(open(f, encoding="utf-8")) for f in sorted(glob.glob(smtp_dir + "/*.json"))]
copies = [c for c in copies if ("X-Cimolt-Delivery: " + uuid) in c["data"]]
hooks = [rec for _, rec in webhook_log(hook_log)]
hooks = [h for h in hooks if h["headers"].get("x-cimolt-delivery") == uuid and h["status"] == 200]
if len(copies) != 1 or len(hooks) != 1:
    print("expected one SMTP copy and one webhook copy, got %d and %d" % (len(copies), len(hooks)))
    sys.exit(1)
c, doc = copies[0], json.loads(hooks[0]["body"])
mail = doc["mail"]
check(c["from"] == "noreply@cimolt.nl", "MAIL FROM %r, expected noreply@cimolt.nl" % c["from"])
check(c["to"] == mail["to"], "RCPT TO %r, expected %r" % (c["to"], mail["to"]))
raw = c["data"]
head, sep, body = raw.partition("\r\n\r\n")
check(sep != "", "no CRLF CRLF between header and body")
check(re.search(r"(?<!\r)\n", raw) is None, "a bare LF in the message (lines must end CRLF)")
msg = email.message_from_string(raw, policy=email.policy.default)
def one(name):
    v = msg.get_all(name) or []
    check(len(v) == 1, "header %s occurs %d times" % (name, len(v)))
    return str(v[0]) if v else ""
def rawone(name):
    m = re.findall(r"(?im)^" + name + r": ?([^\r\n]*(?:\r\n[ \t][^\r\n]*)*)", head)
    return m[0] if len(m) == 1 else None
date = one("Date")
check(email.utils.parsedate_to_datetime(date) is not None if date else False, "Date %r" % date)
check(rawone("From") == "CIMoLT <noreply@cimolt.nl>", "From %r" % rawone("From"))
to = [a for _, a in email.utils.getaddresses([one("To")])]
check(to == mail["to"], "To %r, expected %r" % (to, mail["to"]))
check(one("Subject") == mail["subject"], "Subject decodes to %r, expected %r" % (one("Subject"), mail["subject"]))
rs = rawone("Subject") or ""
if all(ord(ch) < 128 for ch in mail["subject"]):
    check(rs == mail["subject"], "raw Subject %r, expected %r" % (rs, mail["subject"]))
else:
    check(rs.startswith("=?UTF-8?B?") and all(ord(ch) < 128 for ch in rs),
          "raw Subject %r is not RFC 2047 =?UTF-8?B?...?=" % rs)
check(rawone("Message-ID") == "<%s@cimolt>" % uuid, "Message-ID %r" % rawone("Message-ID"))
check(rawone("MIME-Version") == "1.0", "MIME-Version %r" % rawone("MIME-Version"))
check((rawone("Content-Type") or "").lower().replace(" ", "") == "text/plain;charset=utf-8",
      "Content-Type %r" % rawone("Content-Type"))
check(rawone("Content-Transfer-Encoding") == "8bit", "Content-Transfer-Encoding %r" % rawone("Content-Transfer-Encoding"))
check(rawone("X-Cimolt-Event") == doc["type"], "X-Cimolt-Event %r" % rawone("X-Cimolt-Event"))
check(rawone("X-Cimolt-Delivery") == uuid, "X-Cimolt-Delivery %r" % rawone("X-Cimolt-Delivery"))
if "reply_to" in mail:
    check(rawone("Reply-To") == mail["reply_to"], "Reply-To %r, expected %r" % (rawone("Reply-To"), mail["reply_to"]))
else:
    check(rawone("Reply-To") is None, "unexpected Reply-To %r" % rawone("Reply-To"))
want = mail["text"].replace("\r\n", "\n").replace("\n", "\r\n")
check(body.rstrip("\r\n") == want.rstrip("\r\n"), "body %r, expected %r" % (body[:200], want[:200]))
problems.exit()
PY
}

invite "$(unique smtp)@ede.example" "Sem Smtp"
wait_outbox "$UUID" sent 15
check "$UUID"

# A message queued directly, with text outside ASCII and a reply_to.
uuid=$(cat /proc/sys/kernel/random/uuid)
to=$(unique utf8)@ede.example
body=$(python3 -c '
import json, sys
print(json.dumps({"id": sys.argv[1], "type": "test.utf8", "created_at": "2026-11-28T02:00:00Z",
  "data": {}, "mail": {"to": [sys.argv[2]], "subject": "Café-overleg: €5 korting, één keer",
  "text": "Beste Zoë,\n\nDe masterclass in Nijmegen gaat door.\n.Een regel die met een punt begint.\n\nGroet", "reply_to": "team@cimolt.nl"}},
  separators=(",", ":"), ensure_ascii=False))' "$uuid" "$to")
sql "INSERT INTO outbox (uuid, type, body, created_at, next_attempt_at, give_up_at)
	VALUES ('$uuid', 'test.utf8', '$(sed -e 's/\\/\\\\/g' -e "s/'/''/g" <<<"$body")', UTC_TIMESTAMP(), UTC_TIMESTAMP() - INTERVAL 3 HOUR,
	UTC_TIMESTAMP() + INTERVAL 1 DAY)" || fail "cannot queue a message"
on_exit "give_up $uuid"
wait_outbox "$uuid" sent 15
check "$uuid"
