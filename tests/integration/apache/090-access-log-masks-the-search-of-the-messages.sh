# Apache's access log (format cimolt) shows the query of the organisers'
# list of messages (an address or a name searched for) as "*", in the
# request line and in the Referer; the page of one message and other
# queries stay as they were sent.
apache_up
log=$STACK_LOG/apache-access.log
start=$(stat -c %s "$log" 2>/dev/null || echo 0)
who=$(unique zoek)
http GET "/beheer/berichten?q=$who%40ede.example&pagina=2"
http GET "/beheer/berichten/7?lang=en" -H "Referer: $URL/beheer/berichten?q=$who"
http GET "/programma?lang=en" -H "Referer: $URL/beheer/berichten/?q=$who"
wait_for 5 eval '[ "$(tail -c +$((start + 1)) "$log" | wc -l)" -ge 3 ]' ||
	fail "Apache logged $(tail -c +$((start + 1)) "$log" | wc -l) of 3 requests"
tail -c +$((start + 1)) "$log" >"$TEST_TMP/log"
! grep -q "$who" "$TEST_TMP/log" || fail "a search is in the access log: $(grep "$who" "$TEST_TMP/log" | head -n 1)"
logged() {
	grep -F -- "\"$1\" $2 " "$TEST_TMP/log" | grep -qF -- "\"$3\"" ||
		fail "no line with \"$1\" $2 ... \"$3\" in the log: $(cat "$TEST_TMP/log")"
}
logged "GET /beheer/berichten?* HTTP/1.1" 303 -
logged "GET /beheer/berichten/7?lang=en HTTP/1.1" 303 "$URL/beheer/berichten?*"
logged "GET /programma?lang=en HTTP/1.1" 200 "$URL/beheer/berichten/?*"
