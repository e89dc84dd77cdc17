# Through Apache, GET / is cimoltd's programme page: HTML with the
# security headers, every event of the database on it.
apache_up
http GET /
assert_html_page 200
n=0
while IFS= read -r title; do
	assert_body_has "$title"
	n=$((n + 1))
done < <(sql "SELECT title FROM events WHERE status = 'open' ORDER BY id")
[ "$n" -ge 5 ] || fail "only $n open events in the database"

http GET "/?format=xml"
assert_status 200
assert_xpath "count(/page/events/event)" "$(sql "SELECT COUNT(*) FROM events")"
