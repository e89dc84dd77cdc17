# cimoltd draws the benchmark's charts and the tables of their numbers
# in C (fcgi/render-charts.c, the extension elements c:boxplot, c:trend
# and c:stat-table); the XSLT inside each, as its xsl:fallback, is the
# reference, which xsltproc runs
# (tests/browser/render). The same page document, rendered both ways, is
# the same HTML to the byte: the benchmark of a member (each peer group:
# the own value marked, rows hidden for too few, the quartiles where the
# group is large enough, shares in percent with the target, the trend
# over three years with a year where the group was too small) and the
# regional page of an administrator (no own value).
bench_test_orgs
for y in 2042 2043 2044; do bench_year $y; done
# Enough participants for the quartiles (twice the minimum group).
bench_rounds 2042 GM9901,GM9902,GM9903,GM0202,GM0222,GM0228,GM0268
bench_rounds 2043 GM9901,GM9902
bench_rounds 2044 GM9901,GM9902,GM9903,GM0202,GM0222,GM0228,GM0268,GM0200,GM0289,GM0243,GM0203,GM0301,GM0197,GM0209,GM0213
for y in 2042 2043 2044; do bench_recompute $y; done
bench_user u GM9901
sign_in_as a admin

charts=0
for page in "u /benchmark/2044" "u /benchmark/2044?groep=grootte" "u /benchmark/2044?groep=provincie" \
	"a /regio/2044"; do
	jar=${page%% *} path=${page#* }
	http_as "$jar" GET "$path"
	assert_status 200
	cp "$TEST_TMP/body" "$TEST_TMP/cimoltd.html"
	bench_page "$jar" "$path"
	assert_same_as_xsltproc "$path" "$TEST_TMP/cimoltd.html" "$TEST_TMP/body"
	charts=$((charts + $(grep -o 'cimolt-chart--[a-z]*' "$TEST_TMP/cimoltd.html" | wc -l)))
	cat "$TEST_TMP/cimoltd.html" >>"$TEST_TMP/all.html"
done
echo "# $charts charts compared"
# What the comparison covered: every part of a box plot and a trend.
for part in '<rect class="cimolt-chart__box" x="' 'cimolt-chart__median"' 'cimolt-chart__own"' \
	'cimolt-chart__row--hidden"' 'cimolt-chart__note"' 'cimolt-chart__row cimolt-chart__row--total"' \
	'cimolt-chart__target"' '>0%<' 'cimolt-chart--trend' '<polyline class="cimolt-chart__line-own"' \
	'<polyline class="cimolt-chart__line-median"' 'cimolt-chart__value--median' \
	'<td class="cimolt-table__number">' '<text class="cimolt-chart__legend" x="314"' \
	'<table class="cimolt-table cimolt-result__table cimolt-stats">' '<tr class="cimolt-table__total">' \
	'<th scope="col" class="cimolt-table__number"><abbr title="' '<td colspan="5" class="cimolt-stats__hidden">' \
	'<td class="cimolt-stats__hidden">'; do
	grep -qF "$part" "$TEST_TMP/all.html" || fail "no chart had $part"
done
# A table without the own column (the regional page): its head ends
# with the third quartile.
grep -qE 'cimolt-table__number">[^<]*</th></tr></thead>' "$TEST_TMP/all.html" ||
	fail "no table without the own column was compared"
