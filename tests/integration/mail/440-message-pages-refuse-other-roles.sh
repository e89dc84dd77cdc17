# Only organisers and administrators see the list of messages and a
# message's page: a member, a coordinator and a regional viewer get 403
# (with nothing of the message), a visitor who is not signed in is sent
# to the sign-in page; an administrator sees both.
outbox_settled || fail "the outbox still has pending rows"
email=$(unique geheim)@ede.example
invite "$email" "Gijs Geheim"
id=$(outbox_field "$UUID" id)
for role in member coordinator regional; do
	sign_in_as "$role" "$role"
	for path in /beheer/berichten "/beheer/berichten/$id" "/beheer/berichten?q=$email"; do
		http_as "$role" GET "$path"
		assert_status 403
		assert_body_lacks "$email"
	done
done
http GET "/beheer/berichten/$id"
assert_status 303
assert_header_prefix Location /inloggen
sign_in_as adm admin
http_as adm GET "/beheer/berichten/$id?format=xml"
assert_status 200
assert_xpath /page/message/mail/to "$email"
http_as adm GET "/beheer/berichten?format=xml" -G --data-urlencode "q=$email"
assert_xpath /page/search/@total 1
