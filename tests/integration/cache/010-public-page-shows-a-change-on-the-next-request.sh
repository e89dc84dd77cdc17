# A page the workers keep (GET /programma/3, anonymous) shows a change
# of its row on the very next request: the change raises the data version,
# and with it the key the page is kept under.
title=$(sql "SELECT title FROM events WHERE id = 3")
[ -n "$title" ] || fail "demo event 3 is missing"
on_exit "sql \"UPDATE events SET title = $(sql "SELECT QUOTE(title) FROM events WHERE id = 3") WHERE id = 3\""
# Enough requests that every worker keeps the page.
for _ in 1 2 3 4 5 6 7 8; do
	http GET /programma/3
	assert_html_page 200
	assert_body_has "$(sed 's/&/\&amp;/g; s/</\&lt;/g; s/>/\&gt;/g' <<<"$title")"
done
sql "UPDATE events SET title = 'Gewijzigd na het bewaren' WHERE id = 3" || fail "update failed"
for _ in 1 2 3 4 5 6 7 8; do
	http GET /programma/3
	assert_html_page 200
	assert_body_has "Gewijzigd na het bewaren"
done
