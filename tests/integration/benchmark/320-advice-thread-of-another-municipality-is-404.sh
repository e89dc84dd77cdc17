# A municipality's advice request and its thread do not exist for
# another municipality: GET and POST /advies/aanvragen/ID are 404 to an
# Arnhem member, and the POST stores and queues nothing; Ede's own
# member reads it.
sign_in_as c coordinator
advice_request c samenwerking email "" "Met wie kunnen wij samenwerken?"
email=$(unique arnhem)@arnhem.example
new_user "$email" "Anne Arnhem" GM0202 member "$STACK_DEMO_PASSWORD"
sign_in a "$email" "$STACK_DEMO_PASSWORD"
http_as a GET "/advies/aanvragen/$REQUEST"
assert_html_page 404
http_as a GET "/advies/aanvragen/$REQUEST?format=xml"
assert_status 404
assert_xpath "count(//messages)" 0
http_as a POST "/advies/aanvragen/$REQUEST" --data-urlencode "csrf=$(csrf a)" --data-urlencode "bericht=Ik lees mee"
assert_html_page 404
assert_eq "$(sql "SELECT COUNT(*) FROM advice_messages WHERE request_id = $REQUEST")" 0 "messages stored"
assert_eq "$(sql "SELECT COUNT(*) FROM outbox WHERE type = 'advice.message' AND JSON_VALUE(body, '$.data.request.id') = $REQUEST")" \
	0 "messages queued"
http_as a GET "/advies/aanvragen?format=xml"
assert_xpath "count(/page/requests/request[@id='$REQUEST'])" 0
sign_in_as m member
http_as m GET "/advies/aanvragen/$REQUEST?format=xml"
assert_status 200
assert_xpath "/page/requests/request/@id" "$REQUEST"
