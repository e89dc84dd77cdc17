# Any word of a search finds a practice; the practices with the most of
# the words come first, then the higher score (where the words occur:
# title 4, summary 2, approach and results 1, up to three times each;
# twice that for the word's own stem, once for a longer one such as
# "asfaltgranulaat"), then the newest. On the demo practices,
# "hergebruik asfalt" lists the asphalt practice (1, both words) first,
# then the ten with "hergebruik" (or "hergebruikt") alone by score; the
# same ten newest first with sorteer=nieuw. (Practices other tests left
# are not counted.)
sign_in_as m member
http_as m GET "/praktijk?q=hergebruik+asfalt&format=xml"
assert_status 200
assert_xpath /page/search/@sort relevantie
assert_eq "$(demo_practice_ids)" "1 7 4 6 13 8 10 3 9 2" "relevance order"
assert_xpath "/page/practices/practice[1]/@rank" 43
http_as m GET "/praktijk?q=hergebruik+asfalt&sorteer=nieuw&format=xml"
assert_eq "$(demo_practice_ids)" "$(sql "SELECT GROUP_CONCAT(id ORDER BY published_at DESC, id DESC SEPARATOR ' ')
	FROM practices WHERE id IN (1, 7, 4, 6, 13, 8, 10, 3, 9, 2)")" "newest first"
