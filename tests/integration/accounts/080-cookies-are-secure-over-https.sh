# Over HTTPS (nginx's TLS listener, which passes HTTPS=on) every cookie
# cimoltd sets carries Secure: csrf, lang, sid, and the expired sid at
# sign-out. (Over plain HTTP none does: see the other cookie tests.) The
# sign-in page, having a form, gives a first visitor the csrf cookie.
URL=$STACK_TLS_URL
assert_cookies_secure a

http_as a POST /uitloggen --data-urlencode "csrf=$(csrf_of a)"
assert_status 303
assert_cookie_set sid "sid=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0; Secure"
