# cimoltd draws the box plots in C (fcgi/render-charts.c, the extension
# element c:boxplot); the XSLT inside it, as its xsl:fallback, is the
# reference, which xsltproc runs (tests/browser/render). The same page
# document, rendered both ways, is the same HTML to the byte: the
# benchmark of a member (each peer group: the own value marked, rows
# hidden for too few, the quartiles where the group is large enough,
# shares in percent) and the regional page of an administrator (no own
# value).
bench_test_orgs
bench_year 2044
# Enough participants for the quartiles (twice the minimum group).
bench_rounds 2044 GM9901,GM9902,GM9903,GM0202,GM0222,GM0228,GM0268,GM0200,GM0289,GM0243,GM0203,GM0301,GM0197,GM0209,GM0213
bench_recompute 2044
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
	"$STACK_ROOT/tests/browser/render" "$TEST_TMP/body" >"$TEST_TMP/xsltproc.html" 2>"$TEST_TMP/render.err" ||
		fail "$path: xsltproc failed: $(head -n 3 "$TEST_TMP/render.err")"
	charts=$((charts + $(grep -o 'cimolt-chart--box' "$TEST_TMP/cimoltd.html" | wc -l)))
	cat "$TEST_TMP/cimoltd.html" >>"$TEST_TMP/all.html"
	cmp -s "$TEST_TMP/cimoltd.html" "$TEST_TMP/xsltproc.html" ||
		fail "$path: cimoltd's HTML differs from xsltproc's: $(cmp "$TEST_TMP/cimoltd.html" "$TEST_TMP/xsltproc.html" | head -n 1)"
done
echo "# $charts box plots compared"
# What the comparison covered: every part of a box plot.
for part in '<rect class="cimolt-chart__box" x="' 'cimolt-chart__median"' 'cimolt-chart__own"' \
	'cimolt-chart__row--hidden"' 'cimolt-chart__note"' 'cimolt-chart__row cimolt-chart__row--total"' \
	'cimolt-chart__target"' '>0%<'; do
	grep -qF "$part" "$TEST_TMP/all.html" || fail "no box plot had $part"
done
