# "Wachtwoord vergeten" answers an address with an account and one without
# exactly alike (status, Location, page), and queues a mail only for the
# account. Its link sets a new password once (303): the old password stops
# working, the new one works, and the link then answers 404.
on_exit forget_failures
known=$(unique forgot)@ede.example
unknown=$(unique ghost)@ede.example
old=Oud-wachtwoord-2027
new=Nieuw-wachtwoord-2027
new_user "$known" "Vera Vergeetachtig" GM0228 member "$old"
before=$(sql "SELECT COALESCE(MAX(id), 0) FROM outbox")

for who in known unknown; do
	http_as a POST /wachtwoord-vergeten --data-urlencode "csrf=$(csrf_of a)" \
		--data-urlencode "email=${!who}"
	echo "$STATUS $(header Location)" >"$TEST_TMP/$who-answer"
	sed "s/${!who}/ADDRESS/g" "$TEST_TMP/body" >"$TEST_TMP/$who-body"
done
case $(cat "$TEST_TMP/known-answer") in 2?? | 303*) ;; *) fail "POST /wachtwoord-vergeten: $(cat "$TEST_TMP/known-answer")" ;; esac
assert_eq "$(cat "$TEST_TMP/unknown-answer")" "$(cat "$TEST_TMP/known-answer")" "answer for an unknown address vs an account"
cmp -s "$TEST_TMP/known-body" "$TEST_TMP/unknown-body" ||
	fail "the page for an unknown address differs: $(diff "$TEST_TMP/known-body" "$TEST_TMP/unknown-body" | head -n 4 | tr '\n' ' ')"
assert_eq "$(sql "SELECT COUNT(*) FROM outbox WHERE id > $before AND body LIKE '%$unknown%'")" 0 \
	"messages queued for the unknown address"
uuid=$(sql "SELECT uuid FROM outbox WHERE id > $before AND body LIKE '%$known%'")
assert_eq "$(wc -l <<<"$uuid")" 1 "messages queued for the account"
[ -n "$uuid" ] || fail "no message queued for the account"
on_exit "give_up $uuid"

mail_link "$uuid" wachtwoord
http_as b GET "$LINK?format=xml"
assert_status 200
assert_xpath "/page/@name" reset
http_as b POST "$LINK" --data-urlencode "csrf=$(csrf_of b)" --data-urlencode "wachtwoord=$new" \
	--data-urlencode "herhaling=$new"
assert_status 303

sign_in c "$known" "$old"
assert_status 422
sign_in d "$known" "$new"
assert_status 303
http_as e GET "$LINK?format=xml"
assert_status 404
assert_xpath "count(/page/invalid-token)" 1
