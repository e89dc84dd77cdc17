# The coordinator opts the municipality in and out of being named in the
# benchmark with the form on /gemeente/leden (POST /gemeente/benchmark,
# naam=ja|nee): 303 to /gemeente/leden?klaar=benchmark.saved and
# organisations.show_name 1 or 0, which the members page shows. A member
# gets 403, a POST without or with a wrong csrf token 403, a value other
# than ja or nee is refused (4xx); none of these changes show_name.
bench_show GM0228 0
show() { sql "SELECT show_name FROM organisations WHERE cbs_code = 'GM0228'"; }
sign_in_as c coordinator
sign_in_as m member

bench_page c /gemeente/leden
assert_xpath /page/benchmark/@show-name no
assert_xpath "/page/form[@name='benchmark']/@action" /gemeente/benchmark
assert_xpath "/page/form[@name='benchmark']/field[@name='naam']/@value" nee

http_as c POST /gemeente/benchmark --data-urlencode "csrf=$(csrf c)" --data naam=ja
assert_status 303
assert_header Location "/gemeente/leden?klaar=benchmark.saved"
assert_eq "$(show)" 1 "show_name after naam=ja"
bench_page c /gemeente/leden
assert_xpath /page/benchmark/@show-name yes
assert_xpath "/page/form[@name='benchmark']/field[@name='naam']/@value" ja
http_as c GET "/gemeente/leden?klaar=benchmark.saved"
assert_html_page 200
assert_message benchmark.saved

# The member: 403, nothing changes.
http_as m POST /gemeente/benchmark --data-urlencode "csrf=$(csrf m)" --data naam=nee
assert_html_page 403
assert_eq "$(show)" 1 "show_name after the member's POST"
# No token, a wrong one, another visitor's.
http_as c POST /gemeente/benchmark --data naam=nee
assert_html_page 403
http_as c POST /gemeente/benchmark --data "csrf=AAAA$(csrf c | cut -c5-)" --data naam=nee
assert_html_page 403
http_as c POST /gemeente/benchmark --data-urlencode "csrf=$(csrf m)" --data naam=nee
assert_html_page 403
assert_eq "$(show)" 1 "show_name after POSTs without a valid token"
# Bad values.
for v in misschien 1 "" JA; do
	http_as c POST /gemeente/benchmark --data-urlencode "csrf=$(csrf c)" --data-urlencode "naam=$v"
	case $STATUS in 400 | 422) assert_html_page "$STATUS" ;; *) fail "$REQ naam=$v: status $STATUS, expected 400 or 422" ;; esac
	assert_eq "$(show)" 1 "show_name after naam=$v"
done
http_as c POST /gemeente/benchmark --data-urlencode "csrf=$(csrf c)"
case $STATUS in 400 | 422) ;; *) fail "$REQ without naam: status $STATUS, expected 400 or 422" ;; esac

http_as c POST /gemeente/benchmark --data-urlencode "csrf=$(csrf c)" --data naam=nee
assert_status 303
assert_header Location "/gemeente/leden?klaar=benchmark.saved"
assert_eq "$(show)" 0 "show_name after naam=nee"
