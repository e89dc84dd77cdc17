# A peer group with fewer participants than min_group (5) shows no
# figures: hidden="too-small", no minimum, quartiles, median, maximum,
# percentile or position on any stat, and none of the peers' values or
# anything computed from them in the XML or the HTML page; a scope with
# fewer than 5 values in a group that is shown is hidden="yes" (reason
# too-few) with the own value only. The viewer is a municipality in Utrecht (3
# participants there, 3 of its size class, 5 in all); every score of each
# participant is set to one value of its own, so that a value showing
# anywhere would be found.
Y=2043
bench_test_orgs
bench_year $Y
# None named, so that all five count as anonymous.
bench_show GM0202 0
bench_rounds $Y GM9901,GM9902,GM9903,GM0202,GM0222
for a in GM9901=45.2 GM9902=13.7 GM9903=27.3 GM0202=61.9 GM0222=84.6; do
	sql "UPDATE scores s JOIN rounds r ON r.id = s.round_id JOIN organisations o ON o.id = r.organisation_id
		SET s.score = ${a#*=} WHERE r.year = $Y AND o.cbs_code = '${a%%=*}'" || fail "cannot set scores"
done
bench_score $Y GM9903 theme communicatie NULL
bench_recompute $Y
bench_user u GM9901

# all: 5 participants, shown; communicatie has 4 values: hidden.
bench_page u "/benchmark/$Y?groep=alle"
assert_xpath /page/benchmark/@hidden no
bench_check $Y all GM9901
s="/page/benchmark/stat[@scope='theme'][@key='communicatie']"
assert_xpath "$s/@hidden" yes
assert_xpath "$s/@n" 4
assert_xpath "$s/@own" 45.2
assert_xpath "$s/@reason" too-few
assert_xpath "count($s/@min | $s/@q1 | $s/@median | $s/@q3 | $s/@max | $s/@percentile | $s/@position)" 0

# province (Utrecht: 45.2, 13.7, 27.3) and size (>=100k: 45.2, 13.7,
# 61.9): too small. Not the peers' values, nor their quartiles.
for g in provincie:province:13.7,27.3,20.5,36.2,36.3 grootte:size:13.7,61.9,29.4,29.5,53.5,53.6; do
	IFS=: read -r q name values <<<"$g"
	bench_page u "/benchmark/$Y?groep=$q"
	assert_xpath /page/benchmark/@hidden too-small
	assert_xpath /page/benchmark/@participants 3
	assert_xpath "count(/page/benchmark/stat[@min or @q1 or @median or @q3 or @max or @percentile or @position])" 0
	assert_xpath "count(/page/trend//point[@median])" 0
	bench_check $Y "$name" GM9901
	bench_numbers_absent "$TEST_TMP/body" ${values//,/ }
	http_as u GET "/benchmark/$Y?groep=$q"
	assert_html_page 200
	bench_numbers_absent "$TEST_TMP/body" ${values//,/ }
	for lang in en nl; do
		http_as u GET "/benchmark/$Y?groep=$q&lang=$lang"
		bench_numbers_absent "$TEST_TMP/body" ${values//,/ }
	done
done
