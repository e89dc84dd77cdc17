# The first mail to an address not yet confirmed is fixed text and the
# link, none of what was typed into the form. As the SMTP receiver got it:
# to the address, subject "Bevestig uw aanmelding", and exactly this text
# with the link of the registration (its token's hash is the row's). As
# the webhook got it: data {"registration":{"id":ID}} and nothing else.
# The name, job title and municipality sent occur nowhere in the message.
new_event
zutphen=$(org_id GM0301)
email=$(unique first)@zutphen.example
name="Naam-$(unique n) Bezoek https://naam.example/x"
job="Functie-$(unique f) Klik https://functie.example/y"
register anon "$EVENT" "$zutphen" "$name" "$email" "$job"
pending "$EVENT" || fail "$REQ: status $STATUS, Location '$(header Location)', expected the check-mail page"
id=$(reg_of "$EVENT" "$email" id)
uuid=$(verify_uuid "$email")
[ -n "$uuid" ] || fail "no registration.verify mail to $email"
webhook_once "$uuid" registration.verify
assert_eq "$(json_at "$TEST_TMP/webhook-$uuid.json" '["data"]')" "{\"registration\": {\"id\": $id}}" "the webhook's data"
mail_link "$uuid" aanmelding
assert_eq "$(reg_by_token "${LINK#/aanmelding/}" id)" "$id" "the registration of the mailed link"

files=$(smtp_files "$uuid")
[ "$(grep -c . <<<"$files")" = 1 ] || fail "expected one SMTP copy of $uuid, got: $files"
python3 - "$files" "$email" "$STACK_URL$LINK" "$TEST_TMP/webhook-$uuid.json" "$name" "$job" "Zutphen" <<'PY' || fail "the first mail is not as agreed"
import email, email.policy, json, sys
path, to, link, hook, *typed = sys.argv[1:]
c = json.load(open(path, encoding="utf-8"))
msg = email.message_from_string(c["data"], policy=email.policy.default)
want = ("Dit e-mailadres is opgegeven bij een aanmelding voor een bijeenkomst van het programma "
        "Circulair Inkopen. Was u dat? Open dan deze link en bevestig uw aanmelding met de knop op "
        "die pagina:\n" + link + "\n\n"
        "De link werkt 24 uur. Bevestigt u niet op tijd, dan vervalt de aanmelding.\n\n"
        "Was u het niet? Dan hoeft u niets te doen: zonder bevestiging telt de aanmelding niet en "
        "krijgt u hierover geen bericht meer.\n\n"
        "Met vriendelijke groet, het programmateam Circulair Inkopen Gelderland (CIMoLT)\n")
problems = []
if c["to"] != [to]:
    problems.append("RCPT TO %r" % c["to"])
if str(msg["Subject"]) != "Bevestig uw aanmelding":
    problems.append("Subject %r" % str(msg["Subject"]))
body = msg.get_content().replace("\r\n", "\n")
if body != want:
    problems.append("text %r, expected %r" % (body, want))
raw = c["data"] + open(hook, encoding="utf-8").read()
for t in typed:
    for part in t.split(" "):
        if part and part in raw:
            problems.append("%r (typed into the form) is in the mail" % part)
for p in problems:
    print(p)
sys.exit(1 if problems else 0)
PY
