# Ede's coordinator cancels a colleague's registration: GET
# /gemeente/programma/EV/ID/annuleren asks first (who, what, the button)
# and changes nothing; the POST with csrf cancels it (303 back to the
# list with the notice), promotes the first on the waiting list, mails the
# colleague registration.coordinator-cancellation (exact text) and adds
# one audit line (the coordinator, registration.cancelled, the
# registration's id, "by coordinator": no name or address).
new_event "capacity = 1"
ede=$(org_id GM0228)
registered anon "$EVENT" "$ede" "Anna Collega" "anna-$$@ede.example" Inkoper
anna=$(reg_by_token "$TOKEN" id)
registered anon "$EVENT" "$ede" "Wim Wacht" "wim-$$@ede.example" Inkoper
wim=$(reg_by_token "$TOKEN" id)
coord=$(sql "SELECT id FROM users WHERE email = '$(demo_email coordinator)'")

sign_in_as coord coordinator
db_state "$TEST_TMP/before"
http_as coord GET "/gemeente/programma/$EVENT/$anna/annuleren"
assert_html_page 200
assert_message coordinator.cancel.title
assert_body_has "action=\"/gemeente/programma/$EVENT/$anna/annuleren\""
http_as coord GET "/gemeente/programma/$EVENT/$anna/annuleren?format=xml"
assert_xpath "/page/cancel-colleague/registration/@name" "Anna Collega"
assert_xpath "/page/form[@name='cancel-colleague']/@action" "/gemeente/programma/$EVENT/$anna/annuleren"
assert_db_unchanged "$TEST_TMP/before" "GET of the coordinator's cancel page"

http_as coord POST "/gemeente/programma/$EVENT/$anna/annuleren" --data-urlencode "csrf=$(csrf coord)"
assert_status 303
assert_eq "$(header Location)" "/gemeente/programma?klaar=coordinator.cancelled" "Location"
assert_eq "$(reg_of "$EVENT" "anna-$$@ede.example" status)" cancelled "Anna"
assert_eq "$(reg_of "$EVENT" "wim-$$@ede.example" status)" confirmed "Wim, first on the waiting list"
assert_counters "$EVENT" 1 0
assert_eq "$(sql "SELECT CONCAT_WS(' ', actor_user_id, action, subject_type, subject_id, detail) FROM audit_log
	WHERE subject_type = 'registration' AND subject_id = $anna")" "$coord registration.cancelled registration $anna by coordinator" \
	"the audit line"

notices "$EVENT" >"$TEST_TMP/notices"
assert_eq "$(grep -vE '^registration\.(created|confirmation) ' "$TEST_TMP/notices")" "registration.cancelled $anna cancelled $NOTIFY
registration.promoted $wim confirmed $NOTIFY
registration.promotion $wim confirmed wim-$$@ede.example
registration.coordinator-cancellation $anna cancelled anna-$$@ede.example" "the notices after cancelling"
assert_eq "$(sql "SELECT CONCAT(JSON_VALUE(body, '$.mail.subject'), '\n\n', JSON_VALUE(body, '$.mail.text'))
	FROM outbox WHERE type = 'registration.coordinator-cancellation' AND JSON_VALUE(body, '$.data.registration.id') = $anna")" \
	"Geannuleerd: $EVENT_TITLE\n\nBeste Anna Collega,\n\nDe coördinator van uw gemeente heeft uw aanmelding voor ‘$EVENT_TITLE’ geannuleerd.\n\nWanneer: dinsdag 14 september 2027, 13.30–17.00 uur. Waar: Stadhuis Ede, Bergstraat 4, Ede.\n\nWilt u toch komen? Meld u dan opnieuw aan:\n$STACK_URL/programma/$EVENT\n\nMet vriendelijke groet, het programmateam Circulair Inkopen Gelderland (CIMoLT)\n" \
	"the mail to the colleague"

# Cancelled: its page leads back to the list, and a second POST changes nothing.
http_as coord GET "/gemeente/programma/$EVENT/$anna/annuleren"
assert_status 303
assert_eq "$(header Location)" "/gemeente/programma" "Location once cancelled"
db_state "$TEST_TMP/before2"
http_as coord POST "/gemeente/programma/$EVENT/$anna/annuleren" --data-urlencode "csrf=$(csrf coord)"
assert_status 303
assert_db_unchanged "$TEST_TMP/before2" "cancelling again"
