# Five wrong passwords for one account: the sixth attempt, even with the
# right password, gets the rendered 429 page (Dutch) and no session. An
# address without an account gets exactly the same answers (status and
# page, the typed address aside), so the answers do not tell whether an
# account exists.
on_exit forget_failures
forget_failures
known=$(unique throttle)@ede.example
unknown=$(unique nobody)@ede.example
password=Juist-wachtwoord-2027
new_user "$known" "Tom Throttle" GM0228 member "$password"

for who in known unknown; do
	email=${!who}
	for i in 1 2 3 4 5; do
		sign_in j "$email" "fout-wachtwoord-$i"
		case $STATUS in
		303 | 429 | 403 | 5??) fail "wrong password $i for the $who address: status $STATUS" ;;
		esac
		assert_no_cookie_set sid
		echo "$STATUS" >"$TEST_TMP/$who-status-$i"
		sed "s/$email/ADDRESS/g" "$TEST_TMP/body" >"$TEST_TMP/$who-body-$i"
	done
	sign_in j "$email" "$password"
	assert_html_page 429
	assert_no_cookie_set sid
	grep -q '<html[^>]* lang="nl"' "$TEST_TMP/body" || fail "the 429 page is not in Dutch"
	sed "s/$email/ADDRESS/g" "$TEST_TMP/body" >"$TEST_TMP/$who-body-6"
done
assert_eq "$(session_count "$known")" 0 "sessions of the throttled account"

for i in 1 2 3 4 5 6; do
	[ $i -lt 6 ] && assert_eq "$(cat "$TEST_TMP/unknown-status-$i")" "$(cat "$TEST_TMP/known-status-$i")" \
		"status of attempt $i, unknown vs known address"
	cmp -s "$TEST_TMP/known-body-$i" "$TEST_TMP/unknown-body-$i" ||
		fail "attempt $i: the page for an unknown address differs from the one for an account: $(diff "$TEST_TMP/known-body-$i" "$TEST_TMP/unknown-body-$i" | head -n 4 | tr '\n' ' ')"
done

# After the failures are forgotten (as after 15 minutes), the account works.
forget_failures
sign_in j "$known" "$password"
assert_status 303
