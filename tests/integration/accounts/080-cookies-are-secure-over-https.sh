# Over HTTPS (nginx's TLS listener, which passes HTTPS=on) every cookie
# cimoltd sets carries Secure: csrf, lang, sid, and the expired sid at
# sign-out. (Over plain HTTP none does: see the other cookie tests.) The
# sign-in page, having a form, gives a first visitor the csrf cookie.
URL=$STACK_TLS_URL
http GET "/inloggen?lang=nl"
assert_status 200
assert_cookie_set lang "lang=nl; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly; Secure"
csrf=$(header Set-Cookie | sed -n 's/^csrf=\([^;]*\);.*/\1/p')
assert_cookie_set csrf "csrf=$csrf; Path=/; HttpOnly; SameSite=Lax; Secure"

sign_in a "$(demo_email member)" "$STACK_DEMO_PASSWORD"
assert_status 303
sid=$(header Set-Cookie | sed -n 's/^sid=\([^;]*\);.*/\1/p')
assert_cookie_set sid "sid=$sid; Path=/; HttpOnly; SameSite=Lax; Secure"

http_as a POST /uitloggen --data-urlencode "csrf=$(csrf_of a)"
assert_status 303
assert_cookie_set sid "sid=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0; Secure"
