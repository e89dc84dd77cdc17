# Apache's access log (format cimolt) shows the capability token of a
# status, invitation or reset link as "*", in the request line and in
# the Referer; other paths and the query stay as they were sent.
apache_up
log=$STACK_LOG/apache-access.log
start=$(stat -c %s "$log" 2>/dev/null || echo 0)
tok=$(unique tok)
http GET "/aanmelding/A$tok?lang=en" -H "Referer: $URL/wachtwoord/B$tok"
http POST "/aanmelding/C$tok/annuleren" --data a=b
http GET "/uitnodiging/D$tok"
http GET /programma -H "Referer: $URL/aanmelding/E$tok"
# Apache writes the line when the request is done; give it a moment.
wait_for 5 eval '[ "$(tail -c +$((start + 1)) "$log" | wc -l)" -ge 4 ]' ||
	fail "Apache logged $(tail -c +$((start + 1)) "$log" | wc -l) of 4 requests"
tail -c +$((start + 1)) "$log" >"$TEST_TMP/log"
! grep -q "$tok" "$TEST_TMP/log" || fail "a token is in the access log: $(grep "$tok" "$TEST_TMP/log" | head -n 1)"
# logged REQUEST STATUS REFERER: a line with this request line, status
# and Referer (fixed strings).
logged() {
	grep -F -- "\"$1\" $2 " "$TEST_TMP/log" | grep -qF -- "\"$3\"" ||
		fail "no line with \"$1\" $2 ... \"$3\" in the log: $(cat "$TEST_TMP/log")"
}
logged "GET /aanmelding/*?lang=en HTTP/1.1" 404 "$URL/wachtwoord/*"
logged "POST /aanmelding/*/annuleren HTTP/1.1" 403 -
logged "GET /uitnodiging/* HTTP/1.1" 404 -
logged "GET /programma HTTP/1.1" 200 "$URL/aanmelding/*"
