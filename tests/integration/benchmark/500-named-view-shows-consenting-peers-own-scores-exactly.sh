# A municipality that is named in the benchmark (Ede) chooses two other
# named municipalities (Arnhem, Nijmegen) on /benchmark/{year}/vergelijken:
# its coordinator's POST is answered 303 to ?klaar=peers.saved, the
# choice is stored in order and audit-logged, and the page shows Ede
# and the two side by side, by name, each with exactly its own scores of
# that year in every scope, and nothing about the group: not Doetinchem
# and Apeldoorn, who took part but did not consent, nor any figure made
# from all five (their mean or sum). Ede's member sees the same view,
# without the form.
Y=2081
bench_year $Y
bench_rounds $Y GM0228,GM0202,GM0268,GM0222,GM0200
for c in GM0228 GM0202 GM0268; do bench_show $c 1; done
for c in GM0222 GM0200; do bench_show $c 0; done
# Every score of each one value of its own, so any other number on the
# page would stand out; Arnhem without a spend share.
sql "UPDATE scores s JOIN rounds r ON r.id = s.round_id JOIN organisations o ON o.id = r.organisation_id
	SET s.score = ELT(FIELD(o.cbs_code, 'GM0228', 'GM0202', 'GM0268', 'GM0222', 'GM0200'),
	41.3, 55.5, 62.9, 91.7, 17.7) WHERE r.year = $Y"
bench_scores $Y share overall GM0202=NULL
bench_recompute $Y
peers_keep GM0228
bench_user c GM0228 coordinator
bench_user m GM0228 member

audit_before=$(sql "SELECT IFNULL(MAX(id), 0) FROM audit_log")
peers_choose c $Y GM0202 GM0268
assert_status 303
assert_header Location "/benchmark/$Y/vergelijken?klaar=peers.saved"
assert_eq "$(peers_stored GM0228)" "GM0202:1 GM0268:2" "the stored choice"
assert_eq "$(sql "SELECT CONCAT(action, ' ', subject_type, ' ', subject_id, ' ', detail) FROM audit_log
	WHERE id > $audit_before AND action LIKE 'benchmark.%'")" \
	"benchmark.named-peers organisation $(org_id GM0228) $(org_id GM0202),$(org_id GM0268)" "the audit line"

assert_eq "$(peers_view c $Y)" "Ede own 41.3
Arnhem 55.5
Nijmegen 62.9" "the columns with their overall scores"
assert_xpath /page/peers/@named yes
assert_xpath /page/peers/@chosen 2
# Every scope of each, exactly as stored.
for c in GM0228 GM0202 GM0268; do
	# As the page writes a score: one decimal, as C's printf rounds it.
	want=$(sql "SELECT CONCAT(s.scope, '/', s.scope_key), IFNULL(s.score, '-') FROM scores s
		WHERE s.round_id = $(round_of $c $Y) AND s.scope IN ('overall', 'level', 'theme', 'category', 'share')" |
		python3 -c 'import sys; print(" ".join(sorted("%s=%s" % (a, b if b == "-" else "%.1f" % float(b)) for a, b in (l.rstrip("\n").split("\t") for l in sys.stdin))))')
	got=$(python3 - "$TEST_TMP/body" "$(org_id $c)" <<-'PY'
	import sys, xml.etree.ElementTree as ET
	p = ET.parse(sys.argv[1]).getroot().find("peers")
	m = [m for m in p.findall("municipality") if m.get("id") == sys.argv[2]][0]
	print(" ".join(sorted("%s/%s=%s" % (s.get("scope"), s.get("key"), s.get("value", "-"))
	                      for s in m.findall("score"))))
	PY
	)
	assert_eq "$got" "$want" "the scores of $c"
done
assert_xpath "/page/peers/municipality[@name='Arnhem']/score[@scope='share'][@key='overall']/@value" ""
# Only municipalities' own scores: no other element under <peers>.
assert_eq "$(xpath "count(/page/peers/*[not(self::years or self::municipality)])")" 0 "elements besides the columns"
assert_eq "$(xpath "count(/page/peers/municipality/*[not(self::score)])")" 0 "elements in a column besides scores"
bench_names_absent "$TEST_TMP/body" Doetinchem Apeldoorn
# Not the others' scores, nor the five's mean (53.8) or sum (269.1),
# nor the mean or sum of any few of the five with Doetinchem or Apeldoorn.
aggregates=$(python3 -c 'import itertools as i
named, others = [41.3, 55.5, 62.9], [91.7, 17.7]
for k in (2, 3, 4, 5):
    for c in i.combinations(named + others, k):
        if set(c) & set(others):
            for v in (sum(c) / k, sum(c)):
                if round(v, 1) not in named: print("%.1f" % v)' | sort -u)
# shellcheck disable=SC2086
bench_numbers_absent "$TEST_TMP/body" 91.7 17.7 $aggregates
assert_xpath "count(/page/form[@name='peers']/field[@name='peer']/option[@checked='yes'])" 2

http_as c GET "/benchmark/$Y/vergelijken?klaar=peers.saved"
assert_html_page 200
assert_message peers.saved
assert_body_has ">Arnhem</th>"
assert_body_has ">55,5</td>"
bench_numbers_absent "$TEST_TMP/body" 91.7 17.7 53.8 269.1
bench_names_absent "$TEST_TMP/body" Doetinchem Apeldoorn

assert_eq "$(peers_view m $Y)" "Ede own 41.3
Arnhem 55.5
Nijmegen 62.9" "the member's view"
assert_eq "$(xpath "count(/page/form[@name='peers'])")" 0 "forms for the member"
