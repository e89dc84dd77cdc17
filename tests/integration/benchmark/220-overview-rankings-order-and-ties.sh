# The award rankings on the organisers' overview: per level (strategisch,
# operationeel) the top 10 submitted municipalities by that level's
# score, highest first, ties sharing a rank (1, 1, 3) and listed by name;
# a municipality without a score there or with a draft is not ranked.
# Names are shown whether or not they opted in.
Y=2059
bench_year $Y
codes=GM0228,GM0202,GM0268,GM0200,GM0222,GM0289,GM0243,GM0203,GM0301,GM0197,GM0209,GM0213
bench_rounds $Y $codes
# strategisch: Arnhem and Nijmegen 90, Apeldoorn 80, Ede, Doetinchem and
# Wageningen 70, Harderwijk 65, Barneveld 60, Zutphen 50, Aalten 40,
# Beuningen 30; Brummen none.
bench_scores $Y level strategisch GM0202=90 GM0268=90 GM0200=80 GM0228=70 GM0222=70 GM0289=70 GM0243=65 \
	GM0203=60 GM0301=50 GM0197=40 GM0209=30 GM0213=NULL
# operationeel: Brummen 99.5 but a draft; Ede 88.8; the rest 50 (10 tied).
bench_scores $Y level operationeel GM0213=99.5 GM0228=88.8 GM0202=50 GM0268=50 GM0200=50 GM0222=50 GM0289=50 \
	GM0243=50 GM0203=50 GM0301=50 GM0197=50 GM0209=50
sql "UPDATE rounds r JOIN organisations o ON o.id = r.organisation_id SET r.status = 'draft',
	r.submitted_at = NULL, r.submitted_by = NULL WHERE r.year = $Y AND o.cbs_code = 'GM0213'"
bench_recompute $Y
sign_in_as o organiser
bench_page o "/beheer/overzicht/$Y"
ranking() {
	python3 - "$TEST_TMP/body" "$1" <<-'PY'
		import sys
		from cimolt_test import xml_root
		for r in xml_root(sys.argv[1]).findall("overview/ranking"):
		    if r.get("name") == sys.argv[2]:
		        for e in r.findall("entry"):
		            print(e.get("rank"), e.get("name"), e.get("score"))
	PY
}
assert_eq "$(ranking strategisch)" "1 Arnhem 90.0
1 Nijmegen 90.0
3 Apeldoorn 80.0
4 Doetinchem 70.0
4 Ede 70.0
4 Wageningen 70.0
7 Harderwijk 65.0
8 Barneveld 60.0
9 Zutphen 50.0
10 Aalten 40.0" "the ranking strategisch (rank name score)"
assert_xpath "/page/overview/ranking[@name='strategisch']/entry[@name='Arnhem']/@id" "$(org_id GM0202)"
# Ten tied at 50 behind Ede: all share rank 2; ten places are full with
# the first nine of them by name.
assert_eq "$(ranking operationeel | head -n 1)" "1 Ede 88.8" "the first of operationeel"
assert_eq "$(ranking operationeel | sed 1d | awk '{ print $1, $NF }' | sort -u)" "2 50.0" "the others of operationeel"
n=$(ranking operationeel | wc -l)
[ "$n" -ge 10 ] || fail "operationeel ranks $n, expected at least 10"
ranking operationeel | grep -q Brummen && fail "the draft of Brummen is ranked"
echo "# operationeel: $n entries for 10 places with 10 tied at rank 2"
