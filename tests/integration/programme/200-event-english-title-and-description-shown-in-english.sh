# An event may have an English title and description, typed in the
# organisers' form (POST /beheer/programma/ID/bewerken) and stored
# as typed. The English interface shows them (marked lang="en" in the
# page document, and so not marked on the English page); the Dutch one
# keeps the Dutch texts. Without them, the English interface shows the
# Dutch texts marked lang="nl".
sign_in_as org organiser
new_event
http GET "/programma/$EVENT?lang=en"
assert_html_page 200
assert_body_has "<h1 lang=\"nl\">$EVENT_TITLE</h1>"
assert_body_has '<p class="cimolt-event__description cimolt-lines" lang="nl">Een masterclass die een test aanmaakt.</p>'

en="Circular procurement of furniture $(unique en)"
post_form org "/beheer/programma/$EVENT/bewerken" event "title_en=$en" \
	"description_en=For buyers and contract managers."
assert_status 303
assert_eq "$(sql "SELECT CONCAT_WS('|', title, title_en, description_en) FROM events WHERE id = $EVENT")" \
	"$EVENT_TITLE|$en|For buyers and contract managers." "the event's texts"

http GET "/programma/$EVENT?lang=en&format=xml"
assert_xpath /page/event/title "$en"
assert_xpath /page/event/title/@lang en
assert_xpath /page/event/description "For buyers and contract managers."
http GET "/programma/$EVENT?lang=en"
assert_html_page 200
assert_body_has "<h1>$en</h1>"
assert_body_has '<p class="cimolt-event__description cimolt-lines">For buyers and contract managers.</p>'
http GET "/programma?lang=en&format=xml"
assert_xpath "/page/events/event[@id='$EVENT']/title" "$en"

http GET "/programma/$EVENT?lang=nl"
assert_html_page 200
assert_body_has "<h1>$EVENT_TITLE</h1>"
assert_body_lacks "$en"
