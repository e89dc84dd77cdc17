# After signing in, ?terug=/path (the sign-in form sends it on in its body)
# sends the user back to that path (303);
# anything that could lead off the site (//host, a scheme, a backslash,
# an encoded slash or line break) sends them to / instead, and the sign-in
# page does not offer it as <return-to>.
email=$(demo_email member)
i=0
while read -r terug want; do
	i=$((i + 1))
	http GET "/inloggen?format=xml&terug=$terug"
	assert_status 200
	if [ "$want" = / ]; then assert_xpath "count(/page/return-to)" 0; else assert_xpath "/page/return-to" "$want"; fi
	token=$(csrf_of "j$i")
	http_as "j$i" POST /inloggen --data "terug=$terug" --data-urlencode "email=$email" \
		--data-urlencode "wachtwoord=$STACK_DEMO_PASSWORD" --data-urlencode "csrf=$token"
	assert_status 303
	assert_header Location "$want"
done <<'EOF_CASES'
/account /account
/gemeente/leden /gemeente/leden
//evil.example /
https://evil.example /
/\evil.example /
/\/evil.example /
/%2F%2Fevil.example /
%2F%2Fevil.example /
javascript:alert(1) /
/%0d%0aSet-Cookie:x=1 /
EOF_CASES

# A local path too long to send back in a Location header (the response
# headers have 2,048 bytes) is no place to return to either: the sign-in
# answers 303 to / with its session cookie, never a 502 after the session
# was stored.
long=/$(printf '%03000d' 0 | tr 0 a)
http GET "/inloggen?format=xml&terug=$long"
assert_status 200
assert_xpath "count(/page/return-to)" 0
token=$(csrf_of long)
http_as long POST /inloggen --data "terug=$long" --data-urlencode "email=$email" \
	--data-urlencode "wachtwoord=$STACK_DEMO_PASSWORD" --data-urlencode "csrf=$token"
assert_status 303
assert_header Location /
[ -n "$(cookie long sid)" ] || fail "the sign-in with a long ?terug= set no sid cookie"
