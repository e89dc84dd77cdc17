# An administrator disabling a user (POST /beheer/gebruikers/{id}/
# uitschakelen) ends that user's sessions at once, stops them signing in,
# shows them as disabled, and writes user.disabled to the audit log; so
# does cimolt-admin user disable.
password=Wachtwoord-uit-2027
one=$(unique disable1)@ede.example
two=$(unique disable2)@ede.example
new_user "$one" "Dirk Disabled" GM0228 member "$password"
new_user "$two" "Daan Disabled" GM0228 member "$password"
id=$(sql "SELECT id FROM users WHERE email = '$one'")
sign_in u1 "$one" "$password"
assert_status 303
sign_in u2 "$two" "$password"
assert_status 303
sid1=$(cookie u1 sid) sid2=$(cookie u2 sid)
assert_eq "$(role_of_cookie "$sid1")" member "role before disabling"

sign_in_as adm admin
http_as adm POST "/beheer/gebruikers/$id/uitschakelen" --data-urlencode "csrf=$(csrf_of adm)"
assert_status 303
assert_eq "$(role_of_cookie "$sid1")" anonymous "role of the disabled user's session"
assert_eq "$(session_count "$one")" 0 "sessions of the disabled user"
sign_in x "$one" "$password"
assert_status 422
http_as adm GET "/beheer/gebruikers?format=xml"
assert_xpath "/page/users/user-row[@id='$id']/@status" disabled
http_as adm GET "/beheer/audit?format=xml"
assert_xpath "count(/page/entries/entry[@action='user.disabled'][@subject-type='user'][@subject-id='$id'][@actor='Bea Beheerder'])" 1

admin_cli user disable "$two" >"$TEST_TMP/out" 2>&1 || fail "cimolt-admin user disable: $(cat "$TEST_TMP/out")"
assert_eq "$(role_of_cookie "$sid2")" anonymous "role after cimolt-admin user disable"
assert_eq "$(session_count "$two")" 0 "sessions after cimolt-admin user disable"
