# A public page without a form hands a first visitor no CSRF cookie; its
# page document (?format=xml, with the token) and a page with a form do.
http GET /
assert_html_page 200
assert_no_cookie_set csrf
http GET /programma/1
assert_status 200
assert_no_cookie_set csrf
http GET "/?format=xml"
assert_status 200
assert_cookie_set csrf csrf=
http GET /inloggen
assert_status 200
assert_cookie_set csrf csrf=
