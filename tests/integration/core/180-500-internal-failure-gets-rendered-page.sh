# When a handler's query fails for a reason other than a lost database
# (here: the events table renamed away), GET / gets the rendered 500 page;
# once the table is back, GET / is 200 again. (A rename is no change of
# the data, so the data version is raised by hand: else the workers'
# kept home page would still be served.)
sql "RENAME TABLE events TO events_t500" || fail "rename failed"
on_exit 'sql "RENAME TABLE events_t500 TO events"'
sql "UPDATE data_version SET version = version + 1" || fail "cannot raise the data version"
http GET /
assert_html_page 500
http GET "/?format=xml"
assert_status 500
assert_xpath "/page/error/@status" 500
sql "RENAME TABLE events_t500 TO events" || fail "rename back failed"
CLEANUPS=()
http GET /
assert_html_page 200
