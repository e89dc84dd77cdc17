# A bad advice request is 422 with the form again (the errors by their
# fields, the typed values kept) and stores nothing, not even a message
# in the outbox: no question, a question over 4000 characters, an unknown
# topic, an unknown contact, contact by phone without a number, invalid
# UTF-8 in the question. 4000 characters are accepted.
sign_in_as m member
count() { sql "SELECT (SELECT COUNT(*) FROM advice_requests), (SELECT COUNT(*) FROM outbox WHERE type = 'advice.requested')"; }
before=$(count)
# Should a refused request be stored after all, it goes when the test ends.
last=$(sql "SELECT IFNULL(MAX(id), 0) FROM advice_requests")
on_exit "advice_request_forget_after $last"
advice_request_forget_after() {
	local id
	for id in $(sql "SELECT id FROM advice_requests WHERE id > $1"); do advice_request_forget "$id"; done
}
long=$(head -c 4001 /dev/zero | tr '\0' 'x')
# refused FIELD NAME=VALUE...: the form with these values is 422, with an
# error on FIELD (XML and HTML), and nothing is stored.
refused() {
	local field=$1
	shift
	post_form m /advies/aanvraag advice-request onderwerp=algemeen contact=email telefoon= vraag="Een vraag" "$@" \
		-- -H "Accept: application/xml"
	[ "$STATUS" = 422 ] || fail "$REQ with $*: status $STATUS, expected 422"
	form_errors advice-request >"$TEST_TMP/errors"
	grep -q "^$field " "$TEST_TMP/errors" || fail "$REQ with $*: errors '$(tr '\n' ',' <"$TEST_TMP/errors")', expected one on $field"
	post_form m /advies/aanvraag advice-request onderwerp=algemeen contact=email telefoon= vraag="Een vraag" "$@"
	assert_html_page 422
	assert_eq "$(count)" "$before" "requests and messages after $*"
}
refused vraag vraag=
refused vraag "vraag=$long"
refused onderwerp onderwerp=klimaat
refused onderwerp onderwerp=
refused contact contact=postduif
refused telefoon contact=telefoon telefoon=
# The typed values stay in the form.
post_form m /advies/aanvraag advice-request onderwerp=bouw contact=telefoon telefoon= vraag="Mijn vraag over bouw"
assert_html_page 422
assert_field_error advice-request telefoon "" ""
python3 - "$TEST_TMP/body" <<'PY' || fail "the 422 form lost what was typed"
import sys
from cimolt_test import read
t = read(sys.argv[1])
sys.exit(0 if "Mijn vraag over bouw" in t else 1)
PY
# Only spaces is no question either.
refused vraag "vraag=   "
# Invalid UTF-8.
http_as m POST /advies/aanvraag --data-urlencode "csrf=$(csrf m)" --data onderwerp=algemeen --data contact=email \
	--data 'vraag=caf%E9%FF'
case $STATUS in 400 | 422) assert_html_page "$STATUS" ;; *) fail "$REQ with invalid UTF-8: status $STATUS" ;; esac
assert_eq "$(count)" "$before" "requests and messages after invalid UTF-8"
# Exactly 4000 characters (multi-byte) are fine.
advice_request m algemeen email "" "$(python3 -c 'print("é" * 4000, end="")')"
assert_eq "$(sql "SELECT CHAR_LENGTH(question) FROM advice_requests WHERE id = $REQUEST")" 4000 "the stored length"
