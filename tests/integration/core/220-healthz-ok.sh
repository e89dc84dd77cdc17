# GET /healthz answers 200 with the plain-text body "ok" while the database
# answers.
http GET /healthz
assert_status 200
assert_header Content-Type "text/plain; charset=utf-8"
assert_security_headers
assert_body_eq $'ok\n'
http HEAD /healthz
assert_status 200
