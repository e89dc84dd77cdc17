# Password-reset requests are counted apart from failed sign-ins, with
# their own limit ([login] max_resets_account, 3 an hour on the test
# stack's default): the first three for one address are answered and
# mailed, the fourth gets 429 and no mail; and all of them together do
# not stop the account's own password from signing in (303).
on_exit forget_failures
email=$(unique victim)@ede.example
pw=Goed-wachtwoord-2027
new_user "$email" "Vera Vergrendeld" GM0228 member "$pw"
before=$(sql "SELECT COALESCE(MAX(id), 0) FROM outbox")
for i in 1 2 3; do
	http_as a POST /wachtwoord-vergeten --data-urlencode "csrf=$(csrf_of a)" --data-urlencode "email=$email"
	assert_status 303
done
http_as a POST /wachtwoord-vergeten --data-urlencode "csrf=$(csrf_of a)" --data-urlencode "email=$email"
assert_error_page 429
assert_eq "$(sql "SELECT COUNT(*) FROM outbox WHERE id > $before AND type = 'account.reset' AND body LIKE '%$email%'")" 3 \
	"reset mails queued for four requests"
sign_in b "$email" "$pw"
assert_status 303
[ -n "$(cookie b sid)" ] || fail "the right password set no sid cookie after the reset requests"
