# A public page carries an ETag; asked again with If-None-Match it is a
# 304 without a body (RFC 9110 13.1.2), until the data change: then 200
# with another ETag. A signed-in page carries none.
http GET /praktijk
assert_html_page 200
etag=$(header ETag)
[[ $etag =~ ^\"[0-9a-f]{32}\"$ ]] || fail "GET /praktijk: ETag '$etag', expected a quoted 32-digit hex"
http GET /praktijk -H "If-None-Match: $etag"
assert_status 304
assert_eq "$(wc -c <"$TEST_TMP/body")" 0 "the body of the 304"
assert_header ETag "$etag"
http GET /praktijk -H 'If-None-Match: "0123456789abcdef0123456789abcdef"'
assert_status 200

# Any change of what pages show (here an event's capacity) is one.
on_exit 'sql "UPDATE events SET capacity = capacity - 1 WHERE id = 1"'
sql "UPDATE events SET capacity = capacity + 1 WHERE id = 1" || fail "update failed"
http GET /praktijk -H "If-None-Match: $etag"
assert_status 200
[ "$(header ETag)" != "$etag" ] || fail "the ETag stayed $etag after the data changed"

sign_in_as coordinator coordinator
http_as coordinator GET /praktijk
assert_status 200
assert_no_header ETag
