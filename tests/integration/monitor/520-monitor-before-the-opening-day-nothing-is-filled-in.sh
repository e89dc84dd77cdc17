# Before the opening day the organisers set for a year, a municipality
# cannot fill in its round: a section's form (GET), saving it, copying
# last year's answers and submitting (GET and POST) are all the round's
# page with status 403, saying from which day the round can be filled in
# (in the reader's language, not a 500), and nothing changes. The round's
# own page stays readable (200, the same message, no way on); the
# organisers keep their pages. From the opening day on, the same save
# goes through.
fresh_round GM0228 2026
sign_in_as c coordinator
sign_in_as o organiser
monitor_save c 2026 s-beleid s-beleid-1=2
monitor_form c 2026 s-beleid
tomorrow=$(dutch_day 1)
monitor_year_set 2026 "$tomorrow" "$(dutch_day 30)" ""
monitor_tables >"$TEST_TMP/monitor-before"
# The day as the pages write it: "3 december 2026", "3 December 2026".
day_nl=$(python3 -c '
import sys
y, m, d = sys.argv[1].split("-")
names = "januari februari maart april mei juni juli augustus september oktober november december".split()
print("%d %s %s" % (int(d), names[int(m) - 1], y))' "$tomorrow")
day_en=$(LC_ALL=C date -d "$tomorrow" '+%-d %B %Y')

refused() {
	assert_html_page 403
	assert_body_has "De monitor 2026 gaat open op $day_nl. Tot die dag kunt u nog niets invullen of indienen."
	assert_body_lacks 'action="/monitor/2026/s-beleid"'
}
http_as c GET "/monitor/2026/s-beleid?lang=nl"
refused
monitor_send c 2026 s-beleid s-beleid-1=4 s-beleid-2=ja -- -H "Accept-Language: nl"
refused
http_as c POST /monitor/2026/vorig-jaar --data-urlencode "csrf=$(csrf c)"
refused
http_as c GET /monitor/2026/indienen
refused
http_as c POST /monitor/2026/indienen --data-urlencode "csrf=$(csrf c)"
refused
http_as c GET "/monitor/2026/s-beleid?format=xml"
assert_status 403
assert_xpath /page/@name monitor-round
assert_xpath /page/not-open/@opens "$tomorrow"
http_as c GET "/monitor/2026/s-beleid?lang=en"
assert_html_page 403
assert_body_has "The 2026 monitor opens on $day_en. Until that day you cannot fill in or submit anything."
assert_monitor_unchanged "$TEST_TMP/monitor-before" "filling in before the opening day"

http_as c GET "/monitor/2026?lang=nl"
assert_html_page 200
assert_body_has "De monitor 2026 gaat open op $day_nl."
assert_body_lacks 'href="/monitor/2026/indienen"'
assert_body_lacks 'action="/monitor/2026/vorig-jaar"'
for path in /beheer/monitor /beheer/deelname/2026 /beheer/overzicht/2026; do
	http_as o GET "$path"
	assert_html_page 200
done

monitor_year_set 2026 "$(dutch_day)" "$(dutch_day 30)" ""
monitor_save c 2026 s-beleid s-beleid-1=4
assert_eq "$(sql "SELECT value FROM answers WHERE round_id = $(round_of GM0228 2026) AND question_id = 's-beleid-1'")" 4 \
	"the answer saved on the opening day"
