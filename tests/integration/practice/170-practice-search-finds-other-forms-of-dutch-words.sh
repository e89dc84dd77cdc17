# The search stems Dutch words with the Snowball stemmer, in the texts
# and in what is typed: on the demo practices, "zonnepaneel" finds
# "Zonnepanelen met terugnamegarantie" (12, in its title and summary)
# and the sports hall whose results mention solar panels (6), and
# "circulaire" finds "circulair" as well as "circulaire": the three with
# it in title and summary (equal, so newest first: 14, 3, 4), then the
# work clothes (9, "Circulaire" in the title, not the summary). The
# other form of each word finds the same, in the same order. (Practices
# other tests left are not counted.)
sign_in_as m member
for q in zonnepaneel zonnepanelen; do
	http_as m GET "/praktijk?q=$q&format=xml"
	assert_status 200
	assert_xpath /page/search/@state ok
	assert_eq "$(demo_practice_ids)" "12 6" "practices found for $q"
done
for q in circulaire circulair Circulair; do
	http_as m GET "/praktijk?q=$q&format=xml"
	assert_eq "$(demo_practice_ids)" "14 3 4 9" "practices found for $q"
done
