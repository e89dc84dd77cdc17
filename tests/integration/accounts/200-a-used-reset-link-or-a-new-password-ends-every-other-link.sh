# Using a reset link ends every other outstanding link of that user: an
# older reset link and the invitation both answer 404 afterwards. A
# password changed on /account ends the user's links in the same way.
on_exit forget_failures
email=$(unique links)@ede.example
first=Eerste-wachtwoord-2027
second=Tweede-wachtwoord-2027
invite "$email" "Lotte Links"
invitation=$UUID
uuids=()
for i in 1 2; do
	ask_reset a "$email"
	uuids+=("$UUID")
done
mail_link "$invitation" uitnodiging
invitation_link=$LINK
mail_link "${uuids[0]}" wachtwoord
old_link=$LINK
mail_link "${uuids[1]}" wachtwoord
http_as b POST "$LINK" --data-urlencode "csrf=$(csrf_of b)" --data-urlencode "wachtwoord=$first" \
	--data-urlencode "herhaling=$first"
assert_status 303
for link in "$old_link" "$invitation_link"; do
	http GET "$link?format=xml"
	assert_status 404
	assert_xpath "count(/page/invalid-token)" 1
done

# A new reset link, then a password change on /account.
ask_reset a "$email"
mail_link "$UUID" wachtwoord
http GET "$LINK?format=xml"
assert_status 200
sign_in c "$email" "$first"
assert_status 303
http_as c POST /account/wachtwoord --data-urlencode "csrf=$(csrf_of c)" --data-urlencode "huidig=$first" \
	--data-urlencode "nieuw=$second" --data-urlencode "herhaling=$second"
assert_status 303
http GET "$LINK?format=xml"
assert_status 404
