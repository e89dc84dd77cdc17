# Cancelling through the status link asks first, on a page of its own:
# the status page links to GET /aanmelding/TOKEN/annuleren, which shows
# what will be cancelled and the button (a POST with csrf) and changes
# nothing (row, counters, outbox). Pressing the button cancels it; the
# registrant gets registration.cancellation (in the registration's
# language: this exact text in Dutch, in English for one registered in
# English), and the first on the waiting list is promoted, each notice
# exactly once.
new_event "capacity = 2"
ede=$(org_id GM0228)
registered anon "$EVENT" "$ede" "Carla Annuleert" "carla-$$@ede.example" Inkoper
carla=$TOKEN
registered anon "$EVENT" "$ede" "Eric Engels" "eric-$$@ede.example" Buyer
eric=$TOKEN
registered anon "$EVENT" "$ede" "Wanda Wacht" "wanda-$$@ede.example" Beleidsadviseur
wanda=$TOKEN
assert_eq "$(reg_by_token "$wanda" status)" waiting "Wanda before"
sql "UPDATE registrations SET lang = 'en' WHERE token_hash = UNHEX(SHA2('$eric', 256))"

http GET "/aanmelding/$carla?format=xml"
assert_status 200
assert_xpath "/page/cancel/@href" "/aanmelding/$carla/annuleren"
assert_xpath "count(/page/form[@name='cancel'])" 0

outbox_before=$(sql "SELECT COUNT(*) FROM outbox")
db_state "$TEST_TMP/before"
http GET "/aanmelding/$carla/annuleren"
assert_html_page 200
assert_message registration.cancel.title
assert_body_has "action=\"/aanmelding/$carla/annuleren\""
assert_body_has "Carla Annuleert"
http GET "/aanmelding/$carla/annuleren?format=xml"
assert_xpath "/page/form[@name='cancel']/@action" "/aanmelding/$carla/annuleren"
assert_xpath "/page/registration/@status" confirmed
assert_xpath "count(/page/form[@name='confirm'])" 0
assert_db_unchanged "$TEST_TMP/before" "GET of the cancel page"
assert_eq "$(sql "SELECT COUNT(*) FROM outbox")" "$outbox_before" "outbox rows after the GETs"
assert_eq "$(reg_by_token "$carla" status)" confirmed "Carla after the GETs"

cancel_link anon "$carla"
assert_eq "$(reg_by_token "$carla" status)" cancelled "Carla after the POST"
assert_eq "$(reg_by_token "$wanda" status)" confirmed "Wanda after Carla cancelled"
assert_counters "$EVENT" 2 0
# Once cancelled, the cancel page leads back to the status page.
http GET "/aanmelding/$carla/annuleren"
assert_status 303
assert_eq "$(header Location)" "/aanmelding/$carla" "Location of the cancel page once cancelled"
cancel_link anon "$eric"

notices "$EVENT" >"$TEST_TMP/notices"
ids() { reg_by_token "$1" id; }
assert_eq "$(grep -vE '^registration\.(created|confirmation|verify) ' "$TEST_TMP/notices")" "registration.cancelled $(ids "$carla") cancelled $NOTIFY
registration.promoted $(ids "$wanda") confirmed $NOTIFY
registration.promotion $(ids "$wanda") confirmed wanda-$$@ede.example
registration.cancellation $(ids "$carla") cancelled carla-$$@ede.example
registration.cancelled $(ids "$eric") cancelled $NOTIFY
registration.cancellation $(ids "$eric") cancelled eric-$$@ede.example" "the notices after cancelling"

mail_text() { # ID: subject and text of the registration.cancellation to ID
	sql "SELECT CONCAT(JSON_VALUE(body, '$.mail.subject'), '\n\n', JSON_VALUE(body, '$.mail.text'))
		FROM outbox WHERE type = 'registration.cancellation' AND JSON_VALUE(body, '$.data.registration.id') = $1"
}
assert_eq "$(mail_text "$(ids "$carla")")" "Geannuleerd: $EVENT_TITLE\n\nBeste Carla Annuleert,\n\nU heeft uw aanmelding voor ‘$EVENT_TITLE’ geannuleerd. Uw plaats gaat naar een ander.\n\nWanneer: dinsdag 14 september 2027, 13.30–17.00 uur. Waar: Stadhuis Ede, Bergstraat 4, Ede.\n\nWilt u toch komen? Meld u dan opnieuw aan:\n$STACK_URL/programma/$EVENT\n\nMet vriendelijke groet, het programmateam Circulair Inkopen Gelderland (CIMoLT)\n" \
	"the Dutch cancellation mail"
assert_eq "$(mail_text "$(ids "$eric")")" "Cancelled: $EVENT_TITLE\n\nDear Eric Engels,\n\nYou have cancelled your registration for ‘$EVENT_TITLE’. Your place goes to someone else.\n\nWhen: Tuesday 14 September 2027, 13:30–17:00. Where: Stadhuis Ede, Bergstraat 4, Ede.\n\nWould you like to come after all? Then please register again:\n$STACK_URL/programma/$EVENT\n\nKind regards, the Circular Procurement Gelderland programme team (CIMoLT)\n" \
	"the English cancellation mail"
