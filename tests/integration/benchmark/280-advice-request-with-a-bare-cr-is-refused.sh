# A line of a multi-line field ends in LF or CRLF; a CR without its LF
# (as in "<CR>.<CR><LF>", which a mail to the organisers would carry) is
# refused: the advice request is 422 with the error by the question, and
# neither the request nor a message is stored. The same question with
# CRLF line ends is taken (303).
sign_in_as m member
count() { sql "SELECT (SELECT COUNT(*) FROM advice_requests), (SELECT COUNT(*) FROM outbox WHERE type = 'advice.requested')"; }
last=$(sql "SELECT IFNULL(MAX(id), 0) FROM advice_requests")
on_exit "for id in \$(sql \"SELECT id FROM advice_requests WHERE id > $last\"); do advice_request_forget \$id; done"
before=$(count)
post_form m /advies/aanvraag advice-request onderwerp=algemeen contact=email telefoon= \
	vraag=$'Eerste regel\r.\r\nMAIL FROM:<x@evil.example>' -- -H "Accept: application/xml"
assert_status 422
assert_eq "$(form_errors advice-request)" "vraag field.text.invalid" "errors for a bare CR"
assert_eq "$(count)" "$before" "requests and messages after the refused question"
post_form m /advies/aanvraag advice-request onderwerp=algemeen contact=email telefoon= \
	vraag=$'Eerste regel\r\n.\r\nTweede regel'
assert_status 303
