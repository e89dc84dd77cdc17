# A coordinator's invitation (POST /gemeente/leden) makes a member of the
# coordinator's own municipality and queues the invitation mail; a form
# changed by hand, asking for the role admin or organiser or naming
# another organisation, gets 422 or is ignored: no such account appears.
ede_org=$(sql "SELECT id FROM organisations WHERE cbs_code = 'GM0228'")
arnhem_org=$(sql "SELECT id FROM organisations WHERE cbs_code = 'GM0202'")
sign_in_as c coordinator
token=$(csrf_of c)

for role in admin organiser regional; do
	email=$(unique "bad$role")@ede.example
	http_as c POST /gemeente/leden --data-urlencode "csrf=$token" --data-urlencode "email=$email" \
		--data-urlencode "name=Niet Toegestaan" --data-urlencode "role=$role"
	assert_html_page 422
	assert_eq "$(sql "SELECT COUNT(*) FROM users WHERE email = '$email'")" 0 "accounts made with role=$role"
done

email=$(unique invitee)@ede.example
before=$(sql "SELECT COALESCE(MAX(id), 0) FROM outbox")
http_as c POST /gemeente/leden --data-urlencode "csrf=$token" --data-urlencode "email=$email" \
	--data-urlencode "name=Nina Nieuw" --data-urlencode "role=member" \
	--data-urlencode "organisation_id=$arnhem_org" --data-urlencode "org=GM0202"
assert_status 303
assert_eq "$(sql "SELECT organisation_id, role FROM users WHERE email = '$email'")" "$ede_org	member" \
	"organisation and role of the invited account"
uuid=$(sql "SELECT uuid FROM outbox WHERE id > $before AND type = 'account.invited' AND body LIKE '%$email%'")
[ -n "$uuid" ] || fail "no invitation queued for $email"
on_exit "give_up $uuid"
