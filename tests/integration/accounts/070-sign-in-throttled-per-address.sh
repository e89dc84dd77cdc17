# Twenty failed sign-ins from one client address (each for a different
# unknown e-mail address) within 15 minutes: the next attempt from that
# address, even for a real account with its right password, gets 429.
on_exit forget_failures
forget_failures
for i in $(seq 1 20); do
	sign_in j "$(unique "addr$i")@nowhere.example" "fout-wachtwoord"
	case $STATUS in 303 | 429 | 403 | 5??) fail "failed sign-in $i: status $STATUS" ;; esac
done
sign_in j "$(demo_email member)" "$STACK_DEMO_PASSWORD"
assert_html_page 429
assert_no_cookie_set sid
