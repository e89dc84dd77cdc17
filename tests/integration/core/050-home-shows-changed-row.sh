# A change to an event row shows on the next GET / (title, escaped, and
# places left), with no cache in between.
capacity=$(sql "SELECT capacity FROM events WHERE id = 3")
[ -n "$capacity" ] || fail "demo event 3 is missing"
title=$(sql "SELECT title FROM events WHERE id = 3")
sql "SELECT CONCAT('UPDATE events SET title = ', QUOTE(title), ', confirmed_count = ',
	confirmed_count, ' WHERE id = 3;') FROM events WHERE id = 3" >"$TEST_TMP/restore.sql"
on_exit 'stack_sql "$STACK_DB_NAME" <"$TEST_TMP/restore.sql"'
sql "UPDATE events SET title = 'Gewijzigd: inkopen <&> hergebruik', confirmed_count = 7 WHERE id = 3" ||
	fail "update failed"

http GET /
assert_html_page 200
assert_body_has "Gewijzigd: inkopen &lt;&amp;&gt; hergebruik"
assert_body_lacks "$title"

http GET "/?format=xml"
assert_xpath "/page/events/event[@id='3']/title" "Gewijzigd: inkopen <&> hergebruik"
assert_xpath "/page/events/event[@id='3']/confirmed" 7
assert_xpath "/page/events/event[@id='3']/places-left" $((capacity - 7))
