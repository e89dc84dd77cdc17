# The disclosure attack (lib/disclosure.py): from everything a member, a
# coordinator and a regional account can see together (/benchmark/YEAR of
# every group, /regio/YEAR, as XML, HTML and CSV, every year), knowing who
# took part and in what order, their own scores, the named ones and which
# scores were copied from the year before, no bound on the score of a
# municipality that did not opt in is within +-2 points (4 wide), in any
# scope and year. Once on the demo data (the demo accounts of Ede and
# Gelderland), then on generated rounds in eight years of this test's own
# with 5 to 12 participants in Gelderland and one more elsewhere (so that
# "all" and "province" differ by one), two of them named, Ede among the
# anonymous, and one municipality's scores copied from one year to the
# next; the accounts: Ede's member, a coordinator of Doetinchem and the
# Gelderland regional viewer.
bench_attack demo "$(demo_email member)" "$(demo_email coordinator)" "$(demo_email regional)"

bench_test_orgs
codes=(GM0228 GM0222 GM0202 GM0268 GM0203 GM0243 GM0197 GM0209 GM0213 GM0214 GM0216 GM0232)
for c in "${codes[@]}" GM9901; do
	case $c in GM0202 | GM0268) bench_show $c 1 ;; *) bench_show $c 0 ;; esac
done
for k in 5 6 7 8 9 10 11 12; do
	Y=$((2060 + k))
	bench_year $Y
	list=$(IFS=,; echo "${codes[*]:0:$k}")
	bench_rounds $Y "$list,GM9901"
done
# Barneveld's round of 2066 is a copy of its round of 2065.
sql "UPDATE scores s JOIN rounds r ON r.id = s.round_id JOIN organisations o ON o.id = r.organisation_id
	JOIN rounds r0 ON r0.organisation_id = o.id AND r0.year = 2065 JOIN scores s0 ON s0.round_id = r0.id
	AND s0.scope = s.scope AND s0.scope_key = s.scope_key SET s.score = s0.score
	WHERE r.year = 2066 AND o.cbs_code = 'GM0203'" || fail "cannot copy Barneveld's scores"
bench_recompute 2066
bench_user c GM0222 coordinator
bench_attack "generated 5-12" "$(demo_email member)" "$EMAIL_c" "$(demo_email regional)"
