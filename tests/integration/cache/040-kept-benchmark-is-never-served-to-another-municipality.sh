# Two municipalities' coordinators, signed in at the same time, ask for
# the same benchmark page over and over (so that every worker has kept
# both): each always gets its own municipality's page, never the other's.
bench_year 2043
bench_test_orgs
bench_rounds 2043 GM9901,GM9902,GM9903,GM9904,GM0228
bench_score 2043 GM9901 overall - 12.5
bench_score 2043 GM9902 overall - 87.5
bench_recompute 2043
bench_user a GM9901 coordinator
bench_user b GM9902 coordinator

# The page documents (never kept) have each its own score.
bench_page a /benchmark/2043
assert_xpath "/page/benchmark/stat[@scope='overall']/@own" 12.5
bench_page b /benchmark/2043
assert_xpath "/page/benchmark/stat[@scope='overall']/@own" 87.5

# Three requests a round (a, b, one more), so that the workers, which
# take requests in turn, each get both coordinators' requests.
for _ in 1 2 3 4 5 6 7 8; do
	for who in a b; do
		http_as $who GET /benchmark/2043
		assert_html_page 200
		if [ $who = a ]; then
			mine="Testgemeente Utrecht-Noord" theirs="Testgemeente Utrecht-Zuid" want=12,5
		else
			mine="Testgemeente Utrecht-Zuid" theirs="Testgemeente Utrecht-Noord" want=87,5
		fi
		body | grep -qF "$mine" || fail "$who's page does not name $mine"
		! body | grep -qF "$theirs" || fail "$who's page names $theirs"
		body | grep -qF "$want" || fail "$who's page does not show its score $want"
	done
	http GET /healthz
done
