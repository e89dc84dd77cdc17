# The organisers' list of messages (/beheer/berichten) shows, for an
# invitation delivered to Lisa Lijst, its recipient (the address as the
# mail has it), its subject as sent, its status with the time it was
# sent, and its newest attempt (the SMTP one, which goes after the
# webhook) with that attempt's time in Amsterdam and its outcome; its
# row links to the message's own page. As HTML the row says the same.
outbox_settled || fail "the outbox still has pending rows"
email=$(unique lijst)@ede.example
invite "$email" "Lisa Lijst"
wait_outbox "$UUID" sent 20
id=$(outbox_field "$UUID" id)
dutch() { TZ=Europe/Amsterdam date -d "$1 UTC" '+%F %T'; }
last=$(sql "SELECT DATE_FORMAT(at, '%Y-%m-%d %H:%i:%s') FROM deliveries WHERE outbox_id = $id ORDER BY id DESC LIMIT 1")
sent=$(outbox_field "$UUID" "DATE_FORMAT(sent_at, '%Y-%m-%d %H:%i:%s')")

sign_in_as org organiser
http_as org GET "/beheer/berichten?format=xml"
assert_status 200
m="/page/deliveries/message[@id='$id']"
assert_xpath "count($m)" 1
assert_xpath "$m/@uuid" "$UUID"
assert_xpath "$m/@type" account.invited
assert_xpath "$m/@recipients" "$email"
assert_xpath "$m/@subject" "Uw account voor CIMoLT"
assert_xpath "$m/@status" sent
assert_xpath "$m/@sent" "$(dutch "$sent")"
assert_xpath "$m/@attempts" 1
assert_xpath "$m/@last-attempt" "$(dutch "$last")"
assert_xpath "$m/@last-transport" smtp
assert_xpath "$m/@last-result" ok
assert_xpath "/page/deliveries/message[1]/@id" "$(sql "SELECT MAX(id) FROM outbox")"

http_as org GET "/beheer/berichten?lang=nl"
assert_html_page 200
python3 - "$TEST_TMP/body" "$id" "$email" <<'PY' || fail "the row of message $id is not as expected"
import sys, re, html
body, mid, email = open(sys.argv[1], encoding="utf-8").read(), sys.argv[2], sys.argv[3]
row = re.search(r'<tr id="message-%s">(.*?)</tr>' % mid, body, re.S)
assert row, "no row"
cells = [re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", c))).strip()
         for c in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row.group(1), re.S)]
assert cells[0] == "Uw account voor CIMoLT Uitnodiging", cells
assert cells[1] == email, cells
assert cells[2].startswith("Bezorgd op "), cells
assert re.fullmatch(r"\d+ \w+ \d{4}, \d+\.\d\d uur SMTP: gelukt", cells[3]), cells
assert '<a class="utrecht-link" href="/beheer/berichten/%s">' % mid in row.group(1), "no link to the message"
PY
