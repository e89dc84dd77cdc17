# A word no practice holds finds nothing, with the message that nothing
# was found (not every practice, and not an error).
sign_in_as m member
w=$(unique onbekend | tr -d '-' | tr 0-9 a-j)
http_as m GET "/praktijk?q=$w&format=xml"
assert_status 200
assert_xpath /page/search/@state ok
assert_xpath /page/search/@total 0
assert_xpath "count(/page/practices/practice)" 0
http_as m GET "/praktijk?q=$w"
assert_html_page 200
assert_body_has "Geen praktijkvoorbeelden gevonden."
