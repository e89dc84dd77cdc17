# What an organiser searches the list of messages for (an address, a
# name) is personal data, and stays out of the logs: nginx's access log
# shows the list's query as "*", in the request line and in the Referer
# of the message page opened from the results; cimoltd's log and nginx's
# error log do not hold it either, plain or URL-encoded.
outbox_settled || fail "the outbox still has pending rows"
email=$(unique gezocht)@ede.example
invite "$email" "Greet Gezocht"
id=$(outbox_field "$UUID" id)
encoded=${email//@/%40}
sizes() { stat -c %s "$STACK_LOG/cimoltd.log" "$STACK_LOG/nginx-access.log" "$STACK_LOG/nginx-error.log" 2>/dev/null; }
mapfile -t from < <(sizes)
[ "${#from[@]}" = 3 ] || fail "the stack's logs are not all there: $(ls "$STACK_LOG")"

sign_in_as org organiser
http_as org GET "/beheer/berichten?q=$encoded&pagina=1"
assert_status 200
http_as org GET "/beheer/berichten?q=Greet+Gezocht"
assert_status 200
http_as org GET "/beheer/berichten/$id" -H "Referer: $URL/beheer/berichten?q=$encoded"
assert_status 200
http_as org GET "/beheer/berichten?q=$encoded%01"
assert_status 422

wait_for 5 eval '[ "$(tail -c +$((from[1] + 1)) "$STACK_LOG/nginx-access.log" | grep -c "/beheer/berichten")" -ge 4 ]' ||
	fail "nginx did not log the four requests"
i=0
for log in cimoltd.log nginx-access.log nginx-error.log; do
	tail -c +"$((from[i] + 1))" "$STACK_LOG/$log" >"$TEST_TMP/$log"
	i=$((i + 1))
	for s in "$email" "$encoded" "Gezocht"; do
		! grep -qiF -- "$s" "$TEST_TMP/$log" ||
			fail "$log holds '$s': $(grep -iF -- "$s" "$TEST_TMP/$log" | head -n 1)"
	done
done
grep -qF '"GET /beheer/berichten?* HTTP/1.1" 200' "$TEST_TMP/nginx-access.log" ||
	fail "no masked request line in nginx's access log: $(grep berichten "$TEST_TMP/nginx-access.log" | head -n 2)"
grep -F "\"GET /beheer/berichten/$id HTTP/1.1\" 200" "$TEST_TMP/nginx-access.log" | grep -qF "\"$URL/beheer/berichten?*\"" ||
	fail "the Referer of the message page is not masked: $(grep "berichten/$id" "$TEST_TMP/nginx-access.log" | head -n 1)"
