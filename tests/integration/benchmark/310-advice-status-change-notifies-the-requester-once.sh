# A status change in the thread (/beheer/advies/ID/status) is a row of
# the thread, shown to the requester, and queued once as advice.status
# to the requester, naming the new status; setting the status it has
# already changes and queues nothing.
sign_in_as m member
sign_in_as o organiser
advice_request m energie email "" "Hoe kopen wij circulair energie in?"
for st in in_progress in_progress done; do
	http_as o POST "/beheer/advies/$REQUEST/status" --data-urlencode "csrf=$(csrf o)" --data "status=$st"
	assert_status 303
	assert_header Location "/beheer/advies/$REQUEST?klaar=advice.status-saved"
done
assert_eq "$(sql "SELECT status FROM advice_requests WHERE id = $REQUEST")" done "the status"
assert_eq "$(sql "SELECT GROUP_CONCAT(body ORDER BY id) FROM advice_messages WHERE request_id = $REQUEST
	AND kind = 'status'")" "in_progress,done" "status rows of the thread"
assert_eq "$(advice_notices advice.status "$REQUEST")" \
	"$(demo_email member)|Uw adviesvraag over Energie: In behandeling
$(demo_email member)|Uw adviesvraag over Energie: Afgehandeld" "advice.status rows"
http_as m GET "/advies/aanvragen/$REQUEST?format=xml"
assert_xpath "count(/page/messages/message[@kind='status'])" 2
assert_xpath "/page/requests/request/@status" done
