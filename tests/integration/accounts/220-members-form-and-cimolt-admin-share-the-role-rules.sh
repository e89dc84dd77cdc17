# The role rules of cimolt-admin user add hold for the coordinator's form
# on /gemeente/leden too: an administrator (whom that route admits, in
# the organisers' own organisation) asking there for a coordinator or a
# member gets the form again (422, "role field.role-org") and no account
# is made; cimolt-admin refuses the same account with the same rule.
sign_in_as adm admin
organiser_org=$(sql "SELECT MIN(id) FROM organisations WHERE kind = 'organisator'")
for role in coordinator member; do
	email=$(unique "misfit$role")@organiser.example
	http_as adm POST /gemeente/leden -H 'Accept: application/xml' --data-urlencode "csrf=$(csrf_of adm)" \
		--data-urlencode "email=$email" --data-urlencode "name=Past Niet" --data-urlencode "role=$role"
	assert_status 422
	assert_eq "$(form_errors invite)" "role field.role-org" "errors for role $role in the organisers' organisation"
	assert_eq "$(sql "SELECT COUNT(*) FROM users WHERE email = '$email'")" 0 "accounts made with role $role"
	out=$(printf '%s' "$STACK_DEMO_PASSWORD" | admin_cli user add --email "$email" --name "Past Niet" \
		--org "$organiser_org" --role "$role" 2>&1) && fail "cimolt-admin made a $role of the organisers: $out"
	case $out in *"does not fit"*) ;; *) fail "cimolt-admin user add --role $role: $out" ;; esac
	assert_eq "$(sql "SELECT COUNT(*) FROM users WHERE email = '$email'")" 0 "accounts made by cimolt-admin with role $role"
done
