# The link in an invitation mail shows the invitation (200); choosing a
# password there (twice the same) answers 303 and lets the person sign in;
# the same link then answers 404 (used), as does a link past its expiry
# and an unknown one. Two different passwords: 422, link not used up.
email=$(unique invited)@ede.example
password=Mijn-eigen-wachtwoord-1
invite "$email" "Ilse Invité"
mail_link "$UUID" uitnodiging
link=$LINK

http_as a GET "$link?format=xml"
assert_status 200
assert_xpath "/page/@name" invitation
assert_xpath "/page/invitation/@email" "$email"
assert_xpath "/page/invitation/@name" "Ilse Invité"

token=$(csrf_of a)
http_as a POST "$link" --data-urlencode "csrf=$token" --data-urlencode "wachtwoord=$password" \
	--data-urlencode "herhaling=${password}x"
assert_html_page 422
http_as a GET "$link"
assert_html_page 200

http_as a POST "$link" --data-urlencode "csrf=$token" --data-urlencode "wachtwoord=$password" \
	--data-urlencode "herhaling=$password"
assert_status 303
sign_in b "$email" "$password"
assert_status 303

for j in a c; do
	http_as "$j" GET "$link?format=xml"
	assert_status 404
	assert_xpath "count(/page/invalid-token)" 1
done
http_as c POST "$link" --data-urlencode "csrf=$(csrf_of c)" --data-urlencode "wachtwoord=Ander-wachtwoord-2" \
	--data-urlencode "herhaling=Ander-wachtwoord-2"
assert_html_page 404
sign_in d "$email" "$password"
assert_status 303

# Expired: a second invitation whose link is a minute past its expiry.
late=$(unique late)@ede.example
invite "$late"
mail_link "$UUID" uitnodiging
sql "UPDATE user_tokens t JOIN users u ON u.id = t.user_id
	SET t.expires_at = UTC_TIMESTAMP() - INTERVAL 1 MINUTE WHERE u.email = '$late'"
http GET "$LINK?format=xml"
assert_status 404
assert_xpath "count(/page/invalid-token)" 1
http GET "/uitnodiging/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
assert_html_page 404
