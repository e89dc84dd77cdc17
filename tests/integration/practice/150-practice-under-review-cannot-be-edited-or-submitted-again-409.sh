# While a practice waits for review, its municipality cannot revise it
# (GET and POST /bewerken: 409) or submit it again (409), and an
# organiser cannot publish what is not submitted (409); nothing changes.
sign_in_as m member
sign_in_as c coordinator
sign_in_as org organiser
practice_new m "In beoordeling $(unique b)"
p=$PRACTICE
http_as org POST "/beheer/praktijk/$p/publiceren" --data-urlencode "csrf=$(csrf org)"
assert_html_page 409
http_as c POST "/praktijk/$p/indienen" --data-urlencode "csrf=$(csrf c)"
assert_status 303
before=$(table_digest practices practice_revisions; sql "SELECT COUNT(*) FROM audit_log; SELECT COUNT(*) FROM outbox")
http_as m GET "/praktijk/$p/bewerken"
assert_html_page 409
send_form m "/praktijk/$p/bewerken" "${PRACTICE_FIELDS[@]}" "title=Toch anders"
assert_html_page 409
http_as c POST "/praktijk/$p/indienen" --data-urlencode "csrf=$(csrf c)"
assert_html_page 409
assert_eq "$(table_digest practices practice_revisions; sql "SELECT COUNT(*) FROM audit_log; SELECT COUNT(*) FROM outbox")" \
	"$before" "the database after the refused requests"
http_as m GET "/praktijk/$p?format=xml"
assert_xpath "count(/page/practice/actions/@edit)" 0
