# /beheer needs the organiser role: an anonymous visitor is sent to the
# sign-in page with 303, with the path to come back to in ?terug=, as XML
# too; the redirect carries the security headers and sets no session.
for path in /beheer "/beheer?format=xml"; do
	http GET "$path"
	assert_status 303
	assert_header Location "/inloggen?terug=/beheer"
	assert_security_headers
	assert_no_cookie_set sid
done
