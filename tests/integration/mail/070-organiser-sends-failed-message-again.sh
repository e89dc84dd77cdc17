# A message that failed (the receiver said 410) shows in the organisers'
# list of messages as failed, with its attempt on its own page; "opnieuw
# versturen" (POST /beheer/berichten/{id}/opnieuw) makes it pending again
# and the courier delivers it: the receiver gets it a second time, now
# answered 200, and its page shows that attempt too.
outbox_settled || fail "the outbox still has pending rows"
webhook_script 410
on_exit 'webhook_script ""'
invite "$(unique resend)@ede.example"
wait_outbox "$UUID" failed 15
id=$(outbox_field "$UUID" id)

sign_in_as org organiser
http_as org GET "/beheer/berichten?format=xml"
assert_status 200
m="/page/deliveries/message[@id='$id']"
assert_xpath "$m/@uuid" "$UUID"
assert_xpath "$m/@status" failed
http_as org GET "/beheer/berichten/$id?format=xml"
assert_xpath "count(/page/message/attempt[@transport='webhook'][@ok='no'][@http-status='410'])" 1

http_as org POST "/beheer/berichten/$id/opnieuw" --data-urlencode "csrf=$(csrf_of org)"
assert_status 303
wait_outbox "$UUID" sent 15
assert_eq "$(webhook_posts "$UUID" | python3 -m cimolt_test statuses)" \
	"410,200" "answers the receiver gave for $UUID"
http_as org GET "/beheer/berichten?format=xml"
assert_xpath "$m/@status" sent
http_as org GET "/beheer/berichten/$id?format=xml"
assert_xpath "count(/page/message/attempt[@transport='webhook'][@ok='yes'][@http-status='200'])" 1
