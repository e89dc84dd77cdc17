# Through Apache, a registration form POST with a valid CSRF token is
# accepted (a 303 to the next page, or 200) and the registrant is sent a
# mail (queued in the outbox, addressed to them).
apache_up
new_event
email=$(unique apache)@ede.example
register a "$EVENT" GM0228 "Anna Apache" "$email" "Inkoper"
case $STATUS in
303 | 200) ;;
*) fail "$REQ: status $STATUS, expected 303 or 200; errors: $(xpath_errors)" ;;
esac
assert_eq "$(sql "SELECT COUNT(*) FROM outbox WHERE JSON_CONTAINS(JSON_EXTRACT(body, '$.mail.to'),
	JSON_QUOTE('$email'))")" 1 "messages to $email in the outbox"
