# Personal pages carry Cache-Control: no-store: every page of a signed-in
# visitor and every page reached by a mailed link (its token in the
# path, known or not). Public pages for anonymous visitors stay no-cache.
sign_in_as m member
for path in / /account /monitor /benchmark; do
	http_as m GET "$path"
	assert_header Cache-Control no-store
done
for path in /wachtwoord/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA \
	/uitnodiging/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA \
	/aanmelding/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA; do
	http GET "$path"
	assert_status 404
	assert_header Cache-Control no-store
done
for path in / /programma /inloggen; do
	http GET "$path"
	assert_header Cache-Control no-cache
done
