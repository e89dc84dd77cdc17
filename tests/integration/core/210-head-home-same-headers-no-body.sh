# HEAD / answers with the same status and headers as GET / (Date aside)
# and no body at all (read raw off the socket, so nothing is hidden). Both
# come with the same csrf cookie (the home page, having no form, would not
# give one anyway).
csrf=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
http GET / -H "Cookie: csrf=$csrf"
assert_status 200
tr -d '\r' <"$TEST_TMP/headers" | grep -v -i '^date:' | sort >"$TEST_TMP/get"

exec 3<>"/dev/tcp/127.0.0.1/$STACK_PORT" || fail "cannot connect to port $STACK_PORT"
printf 'HEAD / HTTP/1.0\r\nHost: 127.0.0.1\r\nCookie: csrf=%s\r\n\r\n' "$csrf" >&3
timeout 5 cat <&3 >"$TEST_TMP/raw"
exec 3<&-
# Everything after the blank line that ends the headers is body.
sed -n '/^\r\{0,1\}$/,$p' "$TEST_TMP/raw" | tail -n +2 >"$TEST_TMP/after"
[ ! -s "$TEST_TMP/after" ] || fail "HEAD /: $(wc -c <"$TEST_TMP/after") bytes after the headers"
sed -n '1,/^\r\{0,1\}$/p' "$TEST_TMP/raw" | tr -d '\r' | grep -v -i '^date:' |
	sed 's|^HTTP/1.0 |HTTP/1.1 |; s|^Connection: close$|Connection: keep-alive|' |
	sort >"$TEST_TMP/head"
diff -u "$TEST_TMP/get" "$TEST_TMP/head" >"$TEST_TMP/diff" ||
	fail "HEAD / headers differ from GET /: $(grep '^[-+][^-+]' "$TEST_TMP/diff" | tr '\n' ' ')"
