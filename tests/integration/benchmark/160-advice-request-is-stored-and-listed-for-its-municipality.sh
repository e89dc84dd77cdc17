# A member asks the organisers for advice (POST /advies/aanvraag): 303 to
# /advies/aanvraag?klaar=advice.requested, one advice_requests row with
# exactly what was sent (the municipality and user of the session, topic,
# question, contact, phone, status new, created now), and the form page
# lists the municipality's requests newest first, with what was asked
# (the time in Amsterdam's).
sign_in_as m member
uid=$(sql "SELECT id FROM users WHERE email = '$(demo_email member)'")
ede=$(org_id GM0228)
q1="Hoe borgen wij circulair inkopen in de P&C-cyclus? \"Graag\" <snel> — één vraag"
advice_request m borging telefoon "06-12345678" "$q1"
r1=$REQUEST
assert_eq "$(sql "SELECT organisation_id, user_id, topic, contact, phone, status, HEX(question) = HEX($(sql_text "$q1")),
	created_at > UTC_TIMESTAMP() - INTERVAL 1 MINUTE, created_at <= UTC_TIMESTAMP(), IFNULL(updated_at, 'NULL')
	FROM advice_requests WHERE id = $r1" | tr '\t' ' ')" \
	"$ede $uid borging telefoon 06-12345678 new 1 1 1 NULL" "the stored request"
q2="Welke criteria passen bij onze GWW-aanbestedingen?"
advice_request m gww email "" "$q2"
r2=$REQUEST
assert_eq "$(sql "SELECT topic, contact, phone, status FROM advice_requests WHERE id = $r2" | tr '\t' ' ')" \
	"gww email  new" "the second request"
sql "UPDATE advice_requests SET created_at = created_at - INTERVAL 1 SECOND WHERE id = $r1"

http_as m GET "/advies/aanvraag?klaar=advice.requested"
assert_html_page 200
assert_message advice.requested
bench_page m /advies/aanvraag
assert_xpath "/page/form[@name='advice-request']/@action" /advies/aanvraag
mine=$(sql "SELECT COUNT(*) FROM advice_requests WHERE organisation_id = $ede")
assert_xpath "count(/page/requests/request)" "$mine"
assert_xpath "/page/requests/request[1]/@id" "$r2"
assert_xpath "/page/requests/request[2]/@id" "$r1"
s="/page/requests/request[@id='$r1']"
for a in topic:borging contact:telefoon status:new "requester:Lotte Lid"; do assert_xpath "$s/@${a%%:*}" "${a#*:}"; done
# created: the stored time (UTC) as Amsterdam's wall clock.
assert_xpath "$s/@created" "$(python3 -c 'import sys, datetime, zoneinfo
t = datetime.datetime.strptime(sys.argv[1], "%Y-%m-%d %H:%M:%S").replace(tzinfo=datetime.timezone.utc)
print(t.astimezone(zoneinfo.ZoneInfo("Europe/Amsterdam")).strftime("%Y-%m-%d %H:%M:%S"))' \
	"$(sql "SELECT DATE_FORMAT(created_at, '%Y-%m-%d %H:%i:%s') FROM advice_requests WHERE id = $r1")")"
assert_xpath "string($s)" "$q1"
# The coordinator of Ede sees them too.
sign_in_as c coordinator
bench_page c /advies/aanvraag
assert_xpath "count(/page/requests/request[@id='$r1' or @id='$r2'])" 2
