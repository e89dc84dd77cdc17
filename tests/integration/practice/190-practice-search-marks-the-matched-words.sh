# The results mark the words the search matched, in every form, in the
# title and the summary: in the page document as <mark> inside <title>
# and <summary> (whose text stays whole), on the page as <mark
# class="cimolt-mark">. Words that do not match stay unmarked, and
# without a search nothing is marked.
sign_in_as m member
http_as m GET "/praktijk?q=zonnepaneel+asfalt&format=xml"
assert_status 200
assert_xpath "/page/practices/practice[@id='12']/title" "Zonnepanelen met terugnamegarantie"
assert_eq "$(xmllint --xpath "/page/practices/practice[@id='12']/title" "$TEST_TMP/body")" \
	"<title><mark>Zonnepanelen</mark> met terugnamegarantie</title>" "marks in the title"
assert_eq "$(xmllint --xpath "/page/practices/practice[@id='1']/title" "$TEST_TMP/body")" \
	"<title>Hoogwaardig hergebruik van <mark>asfalt</mark> bij groot onderhoud</title>" \
	"only the word searched for is marked"
assert_eq "$(xmllint --xpath "/page/practices/practice[@id='1']/summary/mark" "$TEST_TMP/body" | paste -sd ' ' -)" \
	"<mark>asfalt</mark> <mark>asfaltgranulaat</mark> <mark>asfalt</mark> <mark>asfalt</mark>" \
	"marks in the summary, longer forms too"
http_as m GET "/praktijk?q=zonnepaneel"
assert_html_page 200
assert_body_has '<a class="utrecht-link" href="/praktijk/12"><mark class="cimolt-mark">Zonnepanelen</mark> met terugnamegarantie</a>'
http_as m GET "/praktijk?format=xml"
assert_xpath "count(//practices//mark)" 0
