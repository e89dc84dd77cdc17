# Ede's coordinator moves Anna's place to a colleague (name, address, job
# title): the colleague's registration is stored pending without a place
# of its own, with its registration_moves row, and gets the
# registration.transfer-request mail (exact text, with the link); Anna
# keeps her place meanwhile (the counters do not move, the waiting list
# stays). Using the link (GET shows the confirm button and says it is a
# passed-on place; the POST confirms) cancels Anna and confirms the
# colleague in one go, with the counters unchanged and nobody promoted;
# the organisers get registration.cancelled and registration.created,
# the colleague registration.confirmation, Anna registration.transfer.
# Audit: registration.move-requested by the coordinator, then
# registration.moved by the system, both about Anna's registration.
new_event "capacity = 1"
ede=$(org_id GM0228) arnhem=$(org_id GM0202)
registered anon "$EVENT" "$ede" "Anna Oud" "anna-$$@ede.example" Inkoper
anna=$(reg_by_token "$TOKEN" id)
registered anon "$EVENT" "$arnhem" "Wim Wacht" "wim-$$@arnhem.example" Inkoper
wim=$(reg_by_token "$TOKEN" id)
coord=$(sql "SELECT id FROM users WHERE email = '$(demo_email coordinator)'")
new=nieuw-$$@ede.example

sign_in_as coord coordinator
http_as coord GET "/gemeente/programma/$EVENT/$anna/verplaatsen?format=xml"
assert_status 200
assert_xpath "/page/move-colleague/registration/@name" "Anna Oud"
assert_xpath "count(/page/form[@name='move']/field)" 3
http_as coord POST "/gemeente/programma/$EVENT/$anna/verplaatsen" --data-urlencode "csrf=$(csrf coord)" \
	--data-urlencode "naam=Nina Nieuw" --data-urlencode "email=Nieuw-$$@Ede.example" --data-urlencode "functie=Contractmanager"
assert_status 303
assert_eq "$(header Location)" "/gemeente/programma?klaar=coordinator.move-sent" "Location"
nina=$(reg_of "$EVENT" "$new" id)
assert_eq "$(reg_of "$EVENT" "$new" "CONCAT_WS(' ', status, held, organisation_id, name, job_title)")" \
	"pending 0 $ede Nina Nieuw Contractmanager" "the new registration"
assert_eq "$(sql "SELECT CONCAT_WS(' ', moves_id, requested_by) FROM registration_moves WHERE registration_id = $nina")" \
	"$anna $coord" "the move's row"
assert_eq "$(reg_of "$EVENT" "anna-$$@ede.example" status)" confirmed "Anna while the move waits"
assert_counters "$EVENT" 1 1
assert_eq "$(sql "SELECT held_count FROM events WHERE id = $EVENT")" 0 "places held"

uuid=$(sql "SELECT uuid FROM outbox WHERE type = 'registration.transfer-request' AND JSON_VALUE(body, '$.mail.to[0]') = '$new'")
[ -n "$uuid" ] || fail "no registration.transfer-request to $new"
mail_link "$uuid" aanmelding
assert_eq "$(reg_by_token "${LINK#/aanmelding/}" id)" "$nina" "the registration of the mailed link"
webhook_once "$uuid" registration.transfer-request
python3 - "$(smtp_files "$uuid")" "$new" "$STACK_URL$LINK" "$EVENT_TITLE" <<'PY' || fail "the transfer-request mail is not as agreed"
import email, email.policy, json, sys
path, to, link, title = sys.argv[1:]
c = json.load(open(path, encoding="utf-8"))
msg = email.message_from_bytes(c["data"].encode("utf-8"), policy=email.policy.default)
want = ("Beste Nina Nieuw,\n\n"
        "De coördinator van Ede heeft de plaats van een collega bij ‘%s’ aan u overgedragen. "
        "Open deze link en bevestig met de knop op die pagina:\n%s\n\n"
        "Wanneer: dinsdag 14 september 2027, 13.30–17.00 uur. Waar: Stadhuis Ede, Bergstraat 4, Ede.\n\n"
        "De link werkt 24 uur. Bevestigt u niet op tijd, dan houdt uw collega de plaats.\n\n"
        "Met vriendelijke groet, het programmateam Circulair Inkopen Gelderland (CIMoLT)\n") % (title, link)
problems = []
if c["to"] != [to]:
    problems.append("RCPT TO %r" % c["to"])
if str(msg["Subject"]) != "Bevestig uw plaats: " + title:
    problems.append("Subject %r" % str(msg["Subject"]))
body = msg.get_content().replace("\r\n", "\n")
if body != want:
    problems.append("text %r, expected %r" % (body, want))
for p in problems:
    print(p)
sys.exit(1 if problems else 0)
PY

http_as nina GET "$LINK?format=xml"
assert_status 200
assert_xpath "/page/@move" yes
assert_xpath "/page/registration/@status" pending
http_as nina GET "$LINK"
assert_body_has "De coördinator van Ede heeft een plaats bij ‘$EVENT_TITLE’ aan u overgedragen."
http_as nina POST "$LINK/bevestigen" --data-urlencode "csrf=$(csrf nina)"
assert_status 303
assert_eq "$(header Location)" "$LINK" "Location after confirming"
assert_eq "$(reg_of "$EVENT" "$new" status)" confirmed "Nina after confirming"
assert_eq "$(reg_of "$EVENT" "anna-$$@ede.example" "CONCAT_WS(' ', status, cancelled_at IS NOT NULL)")" "cancelled 1" "Anna after the move"
assert_eq "$(reg_of "$EVENT" "wim-$$@arnhem.example" status)" waiting "Wim, still waiting"
assert_counters "$EVENT" 1 1

notices "$EVENT" >"$TEST_TMP/notices"
assert_eq "$(awk -v a="$anna" -v n="$nina" '$2 == a || $2 == n' "$TEST_TMP/notices" | grep -v '^registration.confirmation '"$anna"' ' |
	grep -v '^registration.created '"$anna"' ')" "registration.transfer-request $nina pending $new
registration.cancelled $anna cancelled $NOTIFY
registration.created $nina confirmed $NOTIFY
registration.confirmation $nina confirmed $new
registration.transfer $anna cancelled anna-$$@ede.example" "the notices of the move"
assert_eq "$(sql "SELECT CONCAT(JSON_VALUE(body, '$.mail.subject'), '\n\n', JSON_VALUE(body, '$.mail.text'))
	FROM outbox WHERE type = 'registration.transfer' AND JSON_VALUE(body, '$.data.registration.id') = $anna")" \
	"Uw plaats is overgedragen: $EVENT_TITLE\n\nBeste Anna Oud,\n\nOp verzoek van de coördinator van uw gemeente is uw plaats bij ‘$EVENT_TITLE’ overgedragen aan een collega. Uw aanmelding is daarmee geannuleerd.\n\nMet vriendelijke groet, het programmateam Circulair Inkopen Gelderland (CIMoLT)\n" \
	"the mail to Anna"
assert_eq "$(sql "SELECT CONCAT_WS(' ', IFNULL(actor_user_id, 'NULL'), action, subject_id, detail) FROM audit_log
	WHERE subject_type = 'registration' AND subject_id = $anna ORDER BY id")" "$coord registration.move-requested $anna to registration $nina
NULL registration.moved $anna to registration $nina" "the audit lines"
