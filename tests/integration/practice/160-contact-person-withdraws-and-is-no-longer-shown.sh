# A contact person withdraws on their account page (POST
# /account/contactpersoon, csrf required): the opt-in row is gone, audit
# logged once; their practice then shows no contact person and its
# contact form is 404, and their account page no longer offers it.
contact=$(unique trekt-in)@ede.example
new_user "$contact" "Tineke Terugtrekker" GM0228 member "$STACK_DEMO_PASSWORD"
sign_in k "$contact" "$STACK_DEMO_PASSWORD"
sign_in_as v regional
kid=$(sql "SELECT id FROM users WHERE email = '$contact'")
sql "INSERT INTO practice_contacts (user_id, opted_in_at) VALUES ($kid, UTC_TIMESTAMP())"
p=$(practice_sql GM0228 "Trekt in $(unique t)" "s" "a" "r" bouw 2024 0 hergebruik) || fail "cannot add"
on_exit "drop_practice $p"
sql "UPDATE practice_revisions SET contact_user_id = $kid WHERE practice_id = $p"

http_as v GET "/praktijk/$p?format=xml"
assert_status 200
assert_xpath "/page/practice/revision/contact/@name" "Tineke Terugtrekker"
http_as k GET "/account?format=xml"
assert_xpath "/page/account/@practice-contact" yes
assert_xpath "/page/form[@name='contact-withdraw']/@action" /account/contactpersoon

http_as k POST /account/contactpersoon
assert_status 403
assert_eq "$(sql "SELECT COUNT(*) FROM practice_contacts WHERE user_id = $kid")" 1 "opt-in rows after a POST without csrf"

send_form k /account/contactpersoon
assert_status 303
assert_eq "$(header Location)" "/account?klaar=practice.contact-withdrawn" "Location"
assert_eq "$(sql "SELECT COUNT(*) FROM practice_contacts WHERE user_id = $kid")" 0 "opt-in rows"
assert_eq "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = 'practice.contact-withdrawn' AND subject_id = $kid")" 1 "audit rows"

http_as v GET "/praktijk/$p?format=xml"
assert_status 200
assert_eq "$(xpath "count(/page/practice/revision/contact)")" 0 "contact elements shown"
assert_body_lacks "Terugtrekker"
http_as v GET "/praktijk/$p/contact"
assert_status 404
http_as k GET "/account?format=xml"
assert_xpath "/page/account/@practice-contact" no
assert_eq "$(xpath "count(/page/form[@name='contact-withdraw'])")" 0 "withdraw forms"
