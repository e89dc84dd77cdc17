# Each check of the current password on /account/wachtwoord costs an
# Argon2id hash, so wrong ones are counted ([login] max_failures_account,
# 5 in 15 minutes on the test stack): five wrong tries get the form again
# (422), the sixth gets 429 even with the right password, and the
# password stays as it was. Signing in is counted apart: it still works.
on_exit forget_failures
email=$(unique check)@ede.example
pw=Juist-wachtwoord-2027
new_user "$email" "Carla Controle" GM0228 member "$pw"
sign_in a "$email" "$pw"
assert_status 303
hash=$(sql "SELECT password_hash FROM users WHERE email = '$email'")
for i in 1 2 3 4 5; do
	http_as a POST /account/wachtwoord --data-urlencode "csrf=$(csrf_of a)" --data-urlencode "huidig=fout-$i" \
		--data-urlencode "nieuw=Nieuw-wachtwoord-2027" --data-urlencode "herhaling=Nieuw-wachtwoord-2027"
	assert_status 422
done
http_as a POST /account/wachtwoord --data-urlencode "csrf=$(csrf_of a)" --data-urlencode "huidig=$pw" \
	--data-urlencode "nieuw=Nieuw-wachtwoord-2027" --data-urlencode "herhaling=Nieuw-wachtwoord-2027"
assert_error_page 429
assert_eq "$(sql "SELECT password_hash FROM users WHERE email = '$email'")" "$hash" "password hash after the throttled change"
sign_in b "$email" "$pw"
assert_status 303
