# An organiser marks a published practice public (POST openbaar=ja): it
# is audit-logged, anonymous visitors read it and find it, and it is in
# the feed; openbaar=nee takes it back (404 for anonymous visitors,
# gone from the feed). Another value is 400 and changes nothing.
sign_in_as org organiser
orgn=$(sql "SELECT id FROM users WHERE email = '$(demo_email organiser)'")
w=$(unique pub | tr -d '-' | tr 0-9 a-j)
p=$(practice_sql GM0228 "Openbaar te maken $w" "s" "a" "r" gww 2024 0 hergebruik) || fail "cannot add"
on_exit "drop_practice $p"
http GET "/praktijk/$p"
assert_html_page 404

send_form org "/beheer/praktijk/$p/openbaar" openbaar=ja
assert_status 303
assert_header Location "/beheer/praktijk/$p?klaar=practice.made-public"
assert_eq "$(sql "SELECT is_public FROM practices WHERE id = $p")" 1 "is_public"
assert_eq "$(sql "SELECT CONCAT(actor_user_id, ' ', detail) FROM audit_log WHERE action = 'practice.public'
	AND subject_id = $p ORDER BY id DESC LIMIT 1")" "$orgn yes" "audit row"
http GET "/praktijk/$p"
assert_html_page 200
http GET "/praktijk?q=$w&format=xml"
assert_xpath "/page/practices/practice/@id" "$p"
http GET /praktijk.atom
assert_body_has "Openbaar te maken $w"
http_as org GET "/beheer/praktijk/$p?format=xml"
assert_xpath "/page/form[@name='practice-public']/field[@name='openbaar']/@value" nee

send_form org "/beheer/praktijk/$p/openbaar" openbaar=misschien
assert_html_page 400
assert_eq "$(sql "SELECT is_public FROM practices WHERE id = $p")" 1 "is_public after a bad value"

send_form org "/beheer/praktijk/$p/openbaar" openbaar=nee
assert_status 303
assert_header Location "/beheer/praktijk/$p?klaar=practice.made-internal"
http GET "/praktijk/$p"
assert_html_page 404
http GET /praktijk.atom
assert_body_lacks "Openbaar te maken $w"
assert_eq "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = 'practice.public' AND subject_id = $p")" 2 "audit rows"
