# After `cimolt-admin person erase ADDRESS` the list of messages no
# longer names the address: a search for it finds nothing, the message
# it went to shows as erased (no recipients, no subject, no mail), and
# no row of outbox_recipients holds it.
outbox_settled || fail "the outbox still has pending rows"
email=$(unique wis)@ede.example
invite "$email" "Wim Wis"
wait_outbox "$UUID" sent 20
id=$(outbox_field "$UUID" id)
sign_in_as org organiser
http_as org GET "/beheer/berichten?format=xml" -G --data-urlencode "q=$email"
assert_xpath /page/search/@total 1
assert_eq "$(sql "SELECT COUNT(*) FROM outbox_recipients WHERE address = '$email'")" 1 "recipient rows before"

out=$(admin_cli person erase "$email" 2>&1) || fail "cimolt-admin person erase failed: $out"
http_as org GET "/beheer/berichten?format=xml" -G --data-urlencode "q=$email"
assert_status 200
assert_xpath /page/search/@total 0
assert_xpath "count(/page/deliveries/message)" 0
http_as org GET "/beheer/berichten?format=xml"
assert_body_lacks "$email"
assert_xpath "/page/deliveries/message[@id='$id']/@purged" yes
assert_xpath "count(/page/deliveries/message[@id='$id']/@recipients)" 0
assert_xpath "count(/page/deliveries/message[@id='$id']/@subject)" 0
http_as org GET "/beheer/berichten/$id?format=xml"
assert_status 200
assert_body_lacks "$email"
assert_xpath "count(/page/message/mail)" 0
http_as org GET "/beheer/berichten/$id"
assert_body_lacks "$email"
assert_eq "$(sql "SELECT COUNT(*) FROM outbox_recipients WHERE outbox_id = $id OR address = '$email'")" 0 "recipient rows after"
