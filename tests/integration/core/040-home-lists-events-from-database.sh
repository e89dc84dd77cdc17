# GET / lists every event in the database with its title and the places
# left (capacity minus confirmed), in the HTML page and in its XML document.
rows=$(sql "SELECT id, title, capacity - confirmed_count FROM events ORDER BY id")
assert_eq "$(wc -l <<<"$rows")" 5 "demo events in the database"
# The demo programme: four masterclasses, one per group, and the closing meeting.
assert_eq "$(sql "SELECT GROUP_CONCAT(kind, ':', audience ORDER BY starts_at)
	FROM events WHERE status = 'open'")" \
	"masterclass:bestuur,masterclass:beleid,masterclass:uitvoering,masterclass:monitor,slotbijeenkomst:iedereen" \
	"demo programme"

http GET /
assert_html_page 200
while IFS=$'\t' read -r id title left; do
	assert_body_has "$title"
done <<<"$rows"

http GET "/?format=xml"
assert_status 200
assert_xpath "count(/page/events/event)" 5
while IFS=$'\t' read -r id title left; do
	assert_xpath "/page/events/event[@id='$id']/title" "$title"
	assert_xpath "/page/events/event[@id='$id']/places-left" "$left"
done <<<"$rows"
