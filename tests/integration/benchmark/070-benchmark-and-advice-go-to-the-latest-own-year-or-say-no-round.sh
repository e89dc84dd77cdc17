# GET /benchmark and GET /advies send a member to the latest year with a
# submitted round of their own municipality (303), not to a later year
# with only a draft of it or only others' rounds; a municipality without
# any submitted round gets the page itself, saying so
# (hidden="no-round"), without figures or advice. GET /regio shows the
# latest year with statistics.
bench_test_orgs
for y in 2050 2051 2052; do bench_year $y; done
bench_rounds 2050 GM0228,GM0202,GM0268,GM0200,GM0222
bench_rounds 2051 GM0228,GM0202,GM0268,GM0200,GM0222
bench_rounds 2052 GM0202,GM0268,GM0200,GM0222,GM0289
sql "UPDATE rounds r JOIN organisations o ON o.id = r.organisation_id SET r.status = 'draft',
	r.submitted_at = NULL, r.submitted_by = NULL WHERE r.year = 2051 AND o.cbs_code = 'GM0228'"
for y in 2050 2051 2052; do bench_recompute $y; done

sign_in_as m member
http_as m GET /benchmark
assert_status 303
assert_header Location /benchmark/2050
http_as m GET /advies
assert_status 303
assert_header Location /advies/2050

# No submitted round at all (a municipality in Limburg without rounds).
sql "DELETE FROM rounds WHERE organisation_id = $(org_id GM9904)"
bench_user n GM9904
bench_page n /benchmark
assert_xpath /page/@name benchmark
assert_xpath /page/benchmark/@hidden no-round
assert_xpath "count(/page/benchmark/stat)" 0
assert_xpath "count(/page/trend/year)" 0
http_as n GET /benchmark
assert_html_page 200
bench_page n /advies
assert_xpath /page/@name advice
assert_xpath /page/advice/@hidden no-round
assert_xpath "count(/page/advice/item)" 0
http_as n GET /advies
assert_html_page 200

# The regional viewer: the latest year with statistics of the region.
sign_in_as r regional
http_as r GET /regio
case $STATUS in
303) assert_header Location /regio/2052 ;;
200) bench_page r /regio; assert_xpath /page/region/@year 2052 ;;
*) fail "$REQ: status $STATUS, expected 303 to /regio/2052 or the page of 2052" ;;
esac
