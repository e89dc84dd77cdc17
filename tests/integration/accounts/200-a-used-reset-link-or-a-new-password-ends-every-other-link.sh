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
	mark=$(sql "SELECT COALESCE(MAX(id), 0) FROM outbox")
	http_as a POST /wachtwoord-vergeten --data-urlencode "csrf=$(csrf_of a)" --data-urlencode "email=$email"
	assert_status 303
	uuids+=("$(sql "SELECT uuid FROM outbox WHERE id > $mark AND type = 'account.reset' AND body LIKE '%$email%'")")
	[ -n "${uuids[-1]}" ] || fail "no reset mail queued for request $i"
	on_exit "give_up ${uuids[-1]}"
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
mark=$(sql "SELECT COALESCE(MAX(id), 0) FROM outbox")
http_as a POST /wachtwoord-vergeten --data-urlencode "csrf=$(csrf_of a)" --data-urlencode "email=$email"
assert_status 303
uuid=$(sql "SELECT uuid FROM outbox WHERE id > $mark AND type = 'account.reset' AND body LIKE '%$email%'")
[ -n "$uuid" ] || fail "no reset mail queued for the third request"
on_exit "give_up $uuid"
mail_link "$uuid" wachtwoord
http GET "$LINK?format=xml"
assert_status 200
sign_in c "$email" "$first"
assert_status 303
http_as c POST /account/wachtwoord --data-urlencode "csrf=$(csrf_of c)" --data-urlencode "huidig=$first" \
	--data-urlencode "nieuw=$second" --data-urlencode "herhaling=$second"
assert_status 303
http GET "$LINK?format=xml"
assert_status 404
