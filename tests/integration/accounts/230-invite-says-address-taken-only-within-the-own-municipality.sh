# The coordinator's invitation tells only what concerns the own
# municipality: an address of a colleague gets "field.email.taken"
# (422); an address with an account in another organisation gets the
# very answer of an invitation that went out (303 to the same Location),
# and nothing is made or mailed for it.
sign_in_as c coordinator
colleague=$(unique colleague)@ede.example
new_user "$colleague" "Cor Collega" GM0228 member "$STACK_DEMO_PASSWORD"
elsewhere=$(unique elsewhere)@arnhem.example
new_user "$elsewhere" "Els Elders" GM0202 member "$STACK_DEMO_PASSWORD"

http_as c POST /gemeente/leden -H 'Accept: application/xml' --data-urlencode "csrf=$(csrf_of c)" \
	--data-urlencode "email=$colleague" --data-urlencode "name=Cor Collega" --data-urlencode "role=member"
assert_status 422
assert_eq "$(form_errors invite)" "email field.email.taken" "errors for a colleague's address"

fresh=$(unique fresh)@ede.example
http_as c POST /gemeente/leden --data-urlencode "csrf=$(csrf_of c)" --data-urlencode "email=$fresh" \
	--data-urlencode "name=Frits Fris" --data-urlencode "role=member"
assert_status 303
want=$(header Location)
uuid=$(sql "SELECT uuid FROM outbox WHERE type = 'account.invited' AND body LIKE '%$fresh%'")
[ -n "$uuid" ] && on_exit "give_up $uuid"

before=$(sql "SELECT COUNT(*) FROM outbox; SELECT COUNT(*) FROM users; SELECT organisation_id, role, name FROM users WHERE email = '$elsewhere'")
http_as c POST /gemeente/leden --data-urlencode "csrf=$(csrf_of c)" --data-urlencode "email=$elsewhere" \
	--data-urlencode "name=Els Elders" --data-urlencode "role=member"
assert_status 303
assert_header Location "$want"
assert_eq "$(sql "SELECT COUNT(*) FROM outbox; SELECT COUNT(*) FROM users; SELECT organisation_id, role, name FROM users WHERE email = '$elsewhere'")" \
	"$before" "outbox, users and the other organisation's account"
