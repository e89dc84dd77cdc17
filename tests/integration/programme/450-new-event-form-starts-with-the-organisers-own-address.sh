# The form for a new event starts with the signed-in organiser's own
# address as the organisers' notification address (required, so a new
# event is never without one); an event being edited keeps its own.
sign_in_as org organiser
http_as org GET "/beheer/programma/nieuw?format=xml"
assert_status 200
assert_eq "$(field_value event notify_emails)" "$(demo_email organiser)" "notify_emails of a new event"
new_event
http_as org GET "/beheer/programma/$EVENT/bewerken?format=xml"
assert_status 200
assert_eq "$(field_value event notify_emails)" "$NOTIFY" "notify_emails of an event being edited"
