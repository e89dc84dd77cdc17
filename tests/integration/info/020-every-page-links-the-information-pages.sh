# The footer of every page links the five information pages (the home
# page, an error page, a page behind sign-in); the registration form links
# the privacy statement, the monitor and its sections the help, and the
# sign-in page contact.
footer_links() {
	local p
	for p in over contact privacy toegankelijkheid help; do
		grep -q "<footer.*<a class=\"cimolt-footer__link\" href=\"/$p\"" "$TEST_TMP/body" ||
			fail "$REQ: the footer does not link /$p"
	done
}
http GET /
assert_html_page 200
footer_links
http GET /no-such-page
assert_html_page 404
footer_links
http GET /inloggen
assert_html_page 200
footer_links
grep -q '<main.*<a class="utrecht-link" href="/contact">' "$TEST_TMP/body" ||
	fail "the sign-in page does not link /contact in its main part"
ev=$(sql "SELECT id FROM events WHERE status = 'open' ORDER BY id LIMIT 1")
[ -n "$ev" ] || fail "no open event (the demo programme has them)"
http GET "/programma/$ev/aanmelden"
assert_html_page 200
grep -q '<main.*<a class="utrecht-link" href="/privacy">' "$TEST_TMP/body" ||
	fail "the registration form does not link /privacy in its main part"
sign_in_as m member
http_as m GET /monitor
assert_html_page 200
footer_links
grep -q '<main.*<a class="utrecht-link" href="/help">' "$TEST_TMP/body" ||
	fail "the monitor does not link /help in its main part"
