# The trend on /benchmark/{year} has a <year> for every year in which the
# viewer's municipality submitted a round (oldest first; not a year with
# only a draft, nor one where only others took part), each with the
# points overall, level strategisch, level operationeel and share
# overall: the own score and the published median of the chosen peer
# group that year (its range, as computed here from the scores table),
# left out where that year's group may not show it. The viewer is a municipality
# in Utrecht: 2044 with 6 participants, 2045 with 3 (too few), 2046 with
# a draft of its own only, 2047 without it.
bench_test_orgs
for y in 2044 2045 2046 2047; do bench_year $y; done
bench_rounds 2044 GM9901,GM9902,GM9903,GM0202,GM0222,GM0228
bench_rounds 2045 GM9901,GM9902,GM0202
bench_rounds 2046 GM9901,GM9902,GM9903,GM0202,GM0222,GM0228
bench_rounds 2047 GM9902,GM9903,GM0202,GM0222,GM0228
sql "UPDATE rounds r JOIN organisations o ON o.id = r.organisation_id SET r.status = 'draft',
	r.submitted_at = NULL, r.submitted_by = NULL WHERE r.year = 2046 AND o.cbs_code = 'GM9901'"
bench_score 2044 GM9901 share overall NULL
for y in 2044 2045 2046 2047; do bench_recompute $y; done
bench_user u GM9901

for g in alle:all grootte:size; do
	bench_page u "/benchmark/2045?groep=${g%%:*}"
	assert_xpath /page/trend/@group "${g#*:}"
	for y in 2044 2045; do bench_scores_tsv $y "$TEST_TMP/scores-$y.tsv"; done
	python3 - "$TEST_TMP/body" "${g#*:}" "$(bench_min)" "$TEST_TMP"/scores-2044.tsv "$TEST_TMP"/scores-2045.tsv <<-'PY' || fail "the trend (${g#*:}) differs from the computation"
		import sys
		from cimolt_test import Problems, pub_groups, pub_quantile, pub_range, read_scores, xml_root
		body, grp, min_group, *files = sys.argv[1:]
		want = []
		for f in files:
		    year = f.rsplit("-", 1)[1].split(".")[0]
		    named = set()
		    orgs, score = read_scores(f, named)
		    me = orgs["GM9901"]
		    members = [c for c in orgs if grp == "all" or grp == "size" and orgs[c][1] == me[1]]
		    pts = []
		    for scope, key in (("overall", ""), ("level", "strategisch"), ("level", "operationeel"), ("share", "overall")):
		        v = sorted(score[(c, scope, key)] for c in members if (c, scope, key) in score)
		        own = score.get(("GM9901", scope, key))
		        ok = pub_groups(orgs, score, named, scope, key, int(min_group)).get(
		            (grp, None if grp == "all" else me[1])) == "yes"
		        med = "%d-%d" % pub_range(pub_quantile(v, 0.5)) if ok else None
		        pts.append((scope, key, own, med))
		    want.append((year, pts))
		root = xml_root(body)
		got = []
		for y in root.findall("trend/year"):
		    got.append((y.get("value"), [(p.get("scope"), p.get("key"), p.get("own"),
		                                  "%s-%s" % (p.get("median"), p.get("median-to")) if p.get("median") else None)
		                                 for p in y.findall("point")]))
		bad = Problems()
		if [g[0] for g in got] != [w[0] for w in want]:
		    bad.add("trend years %r, expected %r" % ([g[0] for g in got], [w[0] for w in want]))
		for (gy, gp), (wy, wp) in zip(got, want):
		    if [p[:2] for p in gp] != [p[:2] for p in wp]:
		        bad.add("%s: points %r, expected %r" % (gy, [p[:2] for p in gp], [p[:2] for p in wp]))
		        continue
		    for g, w in zip(gp, wp):
		        if (g[2] is None) != (w[2] is None) or w[2] is not None and abs(float(g[2]) - w[2]) > 0.05 + 1e-6:
		            bad.add("%s %s %s: own=%r, expected %r" % (gy, g[0], g[1], g[2], w[2]))
		        if g[3] != w[3]:
		            bad.add("%s %s %s: median=%r, expected %r" % (gy, g[0], g[1], g[3], w[3]))
		bad.exit()
	PY
done
# The trend's years: 2044 and 2045 only.
assert_xpath "count(/page/trend/year)" 2
assert_xpath "/page/trend/year[1]/@value" 2044
assert_xpath "/page/trend/year[2]/@value" 2045
assert_xpath "count(/page/trend/year[@value='2045']/point[@median])" 0
assert_xpath "count(/page/trend/year[@value='2044']/point[@scope='share']/@own)" 0
# The years one can choose: the own submitted years.
assert_xpath "count(/page/benchmark/years/year)" 2
assert_xpath "/page/benchmark/years/year[@current='yes']/@value" 2045
