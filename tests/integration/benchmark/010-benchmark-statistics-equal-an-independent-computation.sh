# The peer statistics a member sees on /benchmark/{year} (the page XML)
# equal a computation made here, in Python, from the scores table: for
# each of the 20 scopes, in the page's order, n, the minimum, the type-7
# quartiles (linear interpolation between order statistics), the maximum,
# the own value, its mid-rank percentile and its position, for each of
# the three peer groups. The year's data: generated rounds of 9
# Gelderland municipalities (Ede among them) and 3 elsewhere, so that
# "all" has 12, Gelderland 9 and Ede's size class (>=100k) 6
# participants; and a few scores removed so that some scopes have fewer
# values than participants.
Y=2040
bench_test_orgs
bench_year $Y
bench_rounds $Y GM0228,GM0202,GM0268,GM0200,GM0222,GM0289,GM0243,GM0203,GM0301,GM9901,GM9902,GM9903
# No score for a few: not every scope has every participant.
bench_scores $Y theme borging GM0202=NULL GM0268=NULL
bench_scores $Y share bouw GM0222=NULL GM9901=NULL GM0301=NULL
bench_recompute $Y

sign_in_as m member
for g in alle:all provincie:province grootte:size; do
	bench_page m "/benchmark/$Y?groep=${g%%:*}"
	bench_check $Y "${g#*:}" GM0228
done
# The province group names the province, the size group the class.
assert_xpath "/page/benchmark/groups/group[@name='province']/@label" "Provincie Gelderland"
assert_xpath "/page/benchmark/groups/group[@name='size']/@label" ">=100k"
# Without groep: the whole group.
bench_page m "/benchmark/$Y"
assert_xpath /page/benchmark/@group all
# The HTML page shows the figures too.
http_as m GET "/benchmark/$Y?groep=provincie"
assert_html_page 200
