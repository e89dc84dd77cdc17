# A practice may have an English title and summary, typed in the
# practice form and stored with the revision. Once published, the
# English interface shows them in the list, on the practice's page
# (lang="en" in the page document) and in search results, where an
# English word finds them (stemmed in English) and is marked; the Dutch
# interface keeps the Dutch texts. A practice without them shows its
# Dutch texts in English, marked lang="nl".
sign_in_as m member
sign_in_as org organiser
w=$(unique engels | tr -d '-' | tr 0-9 a-j)
practice_new m "Hergebruikt meubilair $w" "title_en=Reused furniture $w" \
	"summary_en=Refurbished office chairs and desks."
assert_eq "$(sql "SELECT CONCAT_WS('|', r.title_en, r.summary_en) FROM practices p
	JOIN practice_revisions r ON r.id = p.working_revision_id WHERE p.id = $PRACTICE")" \
	"Reused furniture $w|Refurbished office chairs and desks." "the revision's English texts"
sql "UPDATE practice_revisions SET status = 'submitted' WHERE practice_id = $PRACTICE"
http_as org POST "/beheer/praktijk/$PRACTICE/publiceren" --data-urlencode "csrf=$(csrf org)"
assert_status 303

http_as m GET "/praktijk/$PRACTICE?lang=en&format=xml"
assert_status 200
assert_xpath /page/practice/revision/title "Reused furniture $w"
assert_xpath /page/practice/revision/title/@lang en
assert_xpath /page/practice/revision/summary "Refurbished office chairs and desks."
http_as m GET "/praktijk/$PRACTICE?lang=nl&format=xml"
assert_xpath /page/practice/revision/title "Hergebruikt meubilair $w"
assert_xpath "count(/page/practice/revision/title/@lang)" 0

# "chair" is in the English summary only: the English stemmer finds "chairs".
http_as m GET "/praktijk?q=chair+$w&lang=en&format=xml"
assert_eq "$(practice_ids)" "$PRACTICE" "an English word finds the English summary"
assert_eq "$(xmllint --xpath "/page/practices/practice[@id='$PRACTICE']/summary" "$TEST_TMP/body")" \
	'<summary lang="en">Refurbished office <mark>chairs</mark> and desks.</summary>' "the English summary, marked"
http_as m GET "/praktijk?q=$w&lang=en"
assert_html_page 200
assert_body_has "<a class=\"utrecht-link\" href=\"/praktijk/$PRACTICE\">Reused furniture <mark class=\"cimolt-mark\">$w</mark></a>"
# The demo practices have no English texts: Dutch, marked as such.
http_as m GET "/praktijk?q=zonnepaneel&lang=en"
assert_body_has '<a class="utrecht-link" href="/praktijk/12" lang="nl"><mark class="cimolt-mark">Zonnepanelen</mark> met terugnamegarantie</a>'
