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

for _ in 1 2 3 4 5 6; do
	for who in a b; do
		http_as $who GET /benchmark/2043
		assert_html_page 200
		cp "$TEST_TMP/body" "$TEST_TMP/$who.html"
		bench_page $who /benchmark/2043
		own=$(xpath "/page/benchmark/stat[@scope='overall']/@own")
		if [ $who = a ]; then
			mine="Testgemeente Utrecht-Noord" theirs="Testgemeente Utrecht-Zuid" want=12.5
		else
			mine="Testgemeente Utrecht-Zuid" theirs="Testgemeente Utrecht-Noord" want=87.5
		fi
		assert_eq "$own" "$want" "the own overall score on $who's page"
		grep -qF "$mine" "$TEST_TMP/$who.html" || fail "$who's page does not name $mine"
		! grep -qF "$theirs" "$TEST_TMP/$who.html" || fail "$who's page names $theirs"
		# The HTML shows the own score as the page document has it.
		grep -qF "${want/./,}" "$TEST_TMP/$who.html" || fail "$who's page does not show ${want/./,}"
	done
done
