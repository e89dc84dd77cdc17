# The peer statistics are kept up to date at submission: after Ede's
# coordinator submits the year's round (through the pages), the groups Ede
# belongs to count it (peer_groups.participants, peer_stats) and
# peer_stats equal a computation here over the submitted rounds; after an
# organiser reopens it they no longer include it; submitted again, they
# do. Another member's benchmark page follows (participants).
Y=2062
bench_year $Y
bench_rounds $Y GM0202,GM0268,GM0200,GM0222,GM0289
bench_user a GM0202
sign_in_as c coordinator
sign_in_as o organiser
prov=$(org_id PV25)

# check_table: peer_groups and peer_stats of Y against the submitted rounds.
check_table() {
	bench_scores_tsv $Y "$TEST_TMP/scores.tsv"
	sql "SELECT grp, grp_key, participants FROM peer_groups WHERE year = $Y" >"$TEST_TMP/groups.tsv"
	sql "SELECT grp, grp_key, scope, scope_key, n, min_score, q1, median, q3, max_score FROM peer_stats
		WHERE year = $Y" >"$TEST_TMP/stats.tsv"
	sql "SELECT cbs_code, id FROM organisations WHERE kind = 'provincie'" >"$TEST_TMP/provinces.tsv"
	python3 - "$TEST_TMP/scores.tsv" "$TEST_TMP/groups.tsv" "$TEST_TMP/stats.tsv" "$TEST_TMP/provinces.tsv" <<-'PY' || fail "peer_groups/peer_stats of $Y differ from the submitted rounds ($1)"
		import sys
		from cimolt_test import Problems, q7, read_scores, tsv
		scores_f, groups_f, stats_f, prov_f = sys.argv[1:]
		prov = dict(tsv(prov_f))
		orgs, score = read_scores(scores_f)
		orgs = {code: (prov.get(p, ""), size) for code, (p, size) in orgs.items()}
		groups = {}
		for c, (p, size) in orgs.items():
		    for g in (("all", ""), ("province", p), ("size", size)):
		        groups.setdefault(g, []).append(c)
		bad = Problems()
		got_groups = {}
		for g, k, n in tsv(groups_f):
		    got_groups[(g, k)] = int(n)
		for g, members in groups.items():
		    if got_groups.get(g) != len(members):
		        bad.add("peer_groups %s %s: %r participants, expected %d" % (g[0], g[1], got_groups.get(g), len(members)))
		for g, n in got_groups.items():
		    if g not in groups and n != 0:
		        bad.add("peer_groups %s %s: %d participants, expected none" % (g[0], g[1], n))
		got = {}
		for g, k, scope, key, n, *v in tsv(stats_f):
		    got[(g, k, scope, key)] = (int(n), [float(x) for x in v])
		want = {}
		for g, members in groups.items():
		    keys = {(s, k) for (c, s, k) in score if c in members}
		    for s, k in keys:
		        v = sorted(score[(c, s, k)] for c in members if (c, s, k) in score)
		        want[(g[0], g[1], s, k)] = (len(v), [v[0], q7(v, .25), q7(v, .5), q7(v, .75), v[-1]])
		for key in sorted(set(want) | set(got)):
		    if key not in got or key not in want:
		        if key in want or got[key][0] != 0:
		            bad.add("peer_stats %s: stored %r, computed %r" % (" ".join(key), got.get(key), want.get(key)))
		        continue
		    (wn, wv), (gn, gv) = want[key], got[key]
		    if wn != gn or any(abs(a - b) > 0.000005 + 1e-9 for a, b in zip(wv, gv)):
		        bad.add("peer_stats %s: stored %d %r, computed %d %r" % (" ".join(key), gn, gv, wn, [round(x, 5) for x in wv]))
		bad.exit(10)
	PY
}
# participants GROUP KEY: peer_groups.participants of Y.
participants() { sql "SELECT participants FROM peer_groups WHERE year = $Y AND grp = '$1' AND grp_key = '$2'"; }

check_table "5 generated"
assert_eq "$(participants all '') $(participants province "$prov")" "5 5" "participants before Ede submits"
monitor_save c $Y s-beleid s-beleid-1=4 s-beleid-2=ja s-beleid-3=4
monitor_save c $Y o-gww o-gww-gunning=4
http_as c POST "/monitor/$Y/indienen" --data-urlencode "csrf=$(csrf c)"
assert_status 303
rd=$(round_of GM0228 $Y)
check_table "after Ede submitted"
assert_eq "$(participants all '') $(participants province "$prov") $(participants size '>=100k')" "6 6 4" \
	"participants after Ede submitted (all, Gelderland, >=100k)"
bench_page a "/benchmark/$Y"
assert_xpath /page/benchmark/@participants 6
bench_check $Y all GM0202

http_as o POST "/beheer/monitor/$rd/heropenen" --data-urlencode "csrf=$(csrf o)"
assert_status 303
check_table "after the organiser reopened Ede's round"
assert_eq "$(participants all '') $(participants province "$prov")" "5 5" "participants after reopening"
bench_page a "/benchmark/$Y"
assert_xpath /page/benchmark/@participants 5
bench_check $Y all GM0202

http_as c POST "/monitor/$Y/indienen" --data-urlencode "csrf=$(csrf c)"
assert_status 303
check_table "after Ede submitted again"
assert_eq "$(participants all '')" 6 "participants after submitting again"
