# Searching the list of messages for an address finds exactly the
# messages to that address, whatever the case it is typed or written
# in: Zoë's invitation and the notice of a registration that went to the
# event's notification list, where her address stands in capitals
# beside another. Not the invitation of ander-ADDRESS (which ends in
# hers), not the registrant's own mail. The oracle is the mail part of
# every body in the outbox.
outbox_settled || fail "the outbox still has pending rows"
a=$(unique zoek)@ede.example
upper=${a^^}
invite "$a" "Zoë Zoeker"
mine=$UUID
invite "ander-$a" "Ander Zoeker"
other=$UUID
new_event "notify_emails = '$NOTIFY, $upper'"
mark=$(sql "SELECT MAX(id) FROM outbox")
registered z "$EVENT" GM0228 "Rita Register" "$(unique reg)@ede.example" "Inkoper"
outbox_settled 30 || fail "messages still pending after 30 s"
notice=$(sql "SELECT o.uuid FROM outbox o, JSON_TABLE(o.body, '$.mail.to[*]' COLUMNS (a VARCHAR(300) PATH '$')) j
	WHERE o.id > $mark AND j.a = '$upper'")
[ -n "$notice" ] || fail "no message after the registration went to the notification list"

# The messages whose mail went to the address, any case, newest first.
expected=$(sql "SELECT DISTINCT o.id FROM outbox o, JSON_TABLE(o.body, '$.mail.to[*]' COLUMNS (a VARCHAR(300) PATH '$')) j
	WHERE LOWER(j.a) = LOWER('$a') ORDER BY o.id DESC" | tr '\n' ' ')
assert_eq "$(wc -w <<<"$expected")" 2 "messages to $a in the outbox"

sign_in_as org organiser
for q in "$a" "$upper" "  ${a^}  "; do
	http_as org GET "/beheer/berichten?format=xml" -G --data-urlencode "q=$q"
	assert_status 200
	assert_xpath "/page/search/@kind" address
	assert_xpath "/page/search/@total" 2
	got=$(xpath "/page/deliveries/message[1]/@id") got2=$(xpath "/page/deliveries/message[2]/@id")
	assert_eq "$got $got2 " "$expected" "messages found for '$q'"
	assert_xpath "count(/page/deliveries/message)" 2
	assert_xpath "count(/page/deliveries/message[@uuid='$other'])" 0
	assert_xpath "/page/deliveries/message[@uuid='$notice']/@recipients" "$NOTIFY, $upper"
	assert_xpath "/page/deliveries/message[@uuid='$mine']/@recipients" "$a"
done
http_as org GET "/beheer/berichten?format=xml" -G --data-urlencode "q=ander-$a"
assert_xpath "/page/search/@total" 1
assert_xpath "/page/deliveries/message/@uuid" "$other"
