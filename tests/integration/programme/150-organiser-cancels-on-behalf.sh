# An organiser cancels a registration on someone's behalf (POST
# /beheer/programma/EV/aanmeldingen/ID/annuleren with csrf): 303 back to
# the event's page with the notice; the registration is cancelled, the
# first waiting one confirmed, the audit log names the organiser, and the
# notices go out once each, the registrant told by a mail of its own
# (registration.organiser-cancellation, exact text). A registration of another event, through this
# event's path, is 404 and stays as it was. The event's page shows
# registrations by municipality with their counts and the waiting list.
new_event "capacity = 1"
registered anon "$EVENT" "$(org_id GM0228)" "Erik Ede" "erik-$$@ede.example" Wethouder
ede=$TOKEN ede_id=$(reg_by_token "$TOKEN" id)
registered anon "$EVENT" "$(org_id GM0202)" "Ans Arnhem" "ans-$$@arnhem.example" Inkoper
arnhem=$TOKEN arnhem_id=$(reg_by_token "$TOKEN" id)
other_event=$EVENT
new_event
registered anon "$EVENT" "$(org_id GM0200)" "Olga Ander" "olga-$$@apeldoorn.example" Inkoper
other_id=$(reg_by_token "$TOKEN" id)
EVENT=$other_event

sign_in_as org organiser
me=$(sql "SELECT id FROM users WHERE email = '$(demo_email organiser)'")
http_as org GET "/beheer/programma/$EVENT?format=xml"
assert_status 200
assert_xpath "/page/organisations/organisation[@name='Ede']/@confirmed" 1
assert_xpath "/page/organisations/organisation[@name='Arnhem']/@waiting" 1
assert_xpath "/page/waiting-list/registration[1]/@id" "$arnhem_id"

http_as org POST "/beheer/programma/$EVENT/aanmeldingen/$other_id/annuleren" --data-urlencode "csrf=$(csrf org)"
assert_error_page 404
assert_eq "$(sql "SELECT status FROM registrations WHERE id = $other_id")" confirmed "the other event's registration"

http_as org POST "/beheer/programma/$EVENT/aanmeldingen/$ede_id/annuleren" --data-urlencode "csrf=$(csrf org)"
assert_status 303
assert_eq "$(header Location)" "/beheer/programma/$EVENT?klaar=registration.cancelled" "Location"
assert_eq "$(reg_by_token "$ede" status) $(reg_by_token "$arnhem" status)" "cancelled confirmed" \
	"Ede's and Arnhem's registrations"
assert_counters "$EVENT" 1 0
assert_eq "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = 'registration.cancelled'
	AND subject_type = 'registration' AND subject_id = $ede_id AND actor_user_id = $me")" 1 "audit log rows"
http_as org GET "/beheer/programma/$EVENT?klaar=registration.cancelled&format=xml"
assert_xpath "/page/notice/@key" registration.cancelled
assert_xpath "/page/organisations/organisation[@name='Ede']/@confirmed" 0
assert_xpath "/page/organisations/organisation[@name='Ede']/registration/@status" cancelled
assert_xpath "/page/organisations/organisation[@name='Arnhem']/@confirmed" 1
assert_xpath "count(/page/waiting-list/registration)" 0
http GET "/aanmelding/$ede?format=xml"
assert_xpath "/page/registration/@status" cancelled

notices "$EVENT" >"$TEST_TMP/notices"
assert_eq "$(grep -v '^registration\.\(created\|confirmation\) ' "$TEST_TMP/notices" | sort)" \
	"registration.cancelled $ede_id cancelled $NOTIFY
registration.organiser-cancellation $ede_id cancelled erik-$$@ede.example
registration.promoted $arnhem_id confirmed $NOTIFY
registration.promotion $arnhem_id confirmed ans-$$@arnhem.example" "the notices of the cancellation"
title=$(sql "SELECT title FROM events WHERE id = $EVENT")
assert_eq "$(sql "SELECT CONCAT(JSON_VALUE(body, '$.mail.subject'), '\n\n', JSON_VALUE(body, '$.mail.text'))
	FROM outbox WHERE type = 'registration.organiser-cancellation' AND JSON_VALUE(body, '$.data.registration.id') = $ede_id")" \
	"Geannuleerd: $title\n\nBeste Erik Ede,\n\nDe organisatoren hebben uw aanmelding voor ‘$title’ geannuleerd.\n\nWanneer: dinsdag 14 september 2027, 13.30–17.00 uur. Waar: Stadhuis Ede, Bergstraat 4, Ede.\n\nWilt u toch komen? Meld u dan opnieuw aan:\n$STACK_URL/programma/$EVENT\n\nMet vriendelijke groet, het programmateam Circulair Inkopen Gelderland (CIMoLT)\n" \
	"the mail to the registrant"
