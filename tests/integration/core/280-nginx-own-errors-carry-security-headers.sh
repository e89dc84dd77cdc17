# Requests nginx refuses before cimoltd sees them (a URI or a header too
# long, a method nginx does not do) get nginx's static Dutch/English page
# with their own status and the security headers.
long=$(head -c 9000 /dev/zero | tr '\0' a)
http GET "/?q=$long"
assert_status 414
assert_security_headers
assert_body_has "Dit verzoek kan CIMoLT niet verwerken"
assert_body_has "CIMoLT cannot handle this request"

http GET / -H "X-Long: $long"
assert_status 400
assert_security_headers
assert_body_has "Dit verzoek kan CIMoLT niet verwerken"

http POST /static/errors/errors.css --data a=b
assert_status 405
assert_security_headers

http TRACE /
assert_status 405
assert_security_headers
