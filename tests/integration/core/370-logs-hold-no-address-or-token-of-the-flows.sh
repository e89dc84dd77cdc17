# The stack's logs (cimoltd's, nginx's access and error log) hold no
# e-mail address and no token of mailed links after the flows that handle
# them: a failed sign-in, an invitation taken by its link, the same
# address invited again (a duplicate key in the database, whose message
# quotes the address), a password reset asked for and used, and an
# unknown registration link.
on_exit forget_failures
sizes() { stat -c %s "$STACK_LOG/cimoltd.log" "$STACK_LOG/nginx-access.log" "$STACK_LOG/nginx-error.log" 2>/dev/null; }
mapfile -t from < <(sizes)
[ "${#from[@]}" = 3 ] || fail "the stack's logs are not all there: $(ls "$STACK_LOG")"
stranger=$(unique stranger)@ede.example
invitee=$(unique invitee)@ede.example
pw=Gelogd-wachtwoord-2027
secrets=("$stranger" "$invitee")

sign_in a "$stranger" "Fout-wachtwoord-2027"
assert_status 422

sign_in_as c coordinator
invite_as_coordinator() {
	http_as c POST /gemeente/leden --data-urlencode "csrf=$(csrf_of c)" --data-urlencode "email=$invitee" \
		--data-urlencode "name=Ina Log" --data-urlencode "role=member"
}
invite_as_coordinator
assert_status 303
uuid=$(sql "SELECT uuid FROM outbox WHERE type = 'account.invited' AND body LIKE '%$invitee%'")
[ -n "$uuid" ] || fail "no invitation queued for $invitee"
on_exit "give_up $uuid"
# use_link JAR UUID WORD PASSWORD: open the link of the mail UUID and set
# PASSWORD with it; its token is one of the secrets.
use_link() {
	mail_link "$2" "$3"
	secrets+=("${LINK##*/}")
	http_as "$1" GET "$LINK"
	assert_status 200
	http_as "$1" POST "$LINK" --data-urlencode "csrf=$(csrf_of "$1")" --data-urlencode "wachtwoord=$4" \
		--data-urlencode "herhaling=$4"
	assert_status 303
}
use_link b "$uuid" uitnodiging "$pw"

invite_as_coordinator
assert_status 422

ask_reset d "$invitee"
use_link d "$UUID" wachtwoord "$pw-2"

unknown=$(head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')
secrets+=("$unknown")
http GET "/aanmelding/$unknown"
assert_status 404

outbox_settled || fail "the outbox still has pending rows"
i=0
for log in cimoltd.log nginx-access.log nginx-error.log; do
	tail -c +"$((from[i] + 1))" "$STACK_LOG/$log" >"$TEST_TMP/$log"
	i=$((i + 1))
	for s in "${secrets[@]}"; do
		! grep -qiF -- "$s" "$TEST_TMP/$log" ||
			fail "$log holds '$s': $(grep -iF -- "$s" "$TEST_TMP/$log" | head -n 1)"
	done
done
grep -q '/uitnodiging/\*' "$TEST_TMP/nginx-access.log" ||
	fail "nginx-access.log has no masked /uitnodiging/ request: $(grep -c . "$TEST_TMP/nginx-access.log") lines"
echo "# $(grep -c . "$TEST_TMP/cimoltd.log") cimoltd and $(grep -c . "$TEST_TMP/nginx-access.log") access log lines searched"
