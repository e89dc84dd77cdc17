# The regional viewer of Gelderland sees on /regio/{year} the region's
# participation and statistics (as computed here from the scores table)
# and by name exactly the municipalities of Gelderland that opted in
# (show_name) and submitted a round that year, each with its scores; the
# others only as a count. Not named: a municipality that opted in without
# a submitted round (Zutphen, a draft; Wageningen, none), those that did
# not opt in, and one of Utrecht that opted in. The HTML page and the CSV
# export name the same ones.
Y=2053
bench_test_orgs
bench_year $Y
bench_rounds $Y GM0228,GM0202,GM0268,GM0200,GM0222,GM0243,GM0301,GM9901,GM9902,GM9903
sql "UPDATE rounds r JOIN organisations o ON o.id = r.organisation_id SET r.status = 'draft',
	r.submitted_at = NULL, r.submitted_by = NULL WHERE r.year = $Y AND o.cbs_code = 'GM0301'"
bench_recompute $Y
for c in GM0228 GM0202 GM0268 GM0200 GM0222 GM0243 GM0301 GM0289 GM9901 GM9902 GM9903; do
	case $c in GM0202 | GM0268 | GM0301 | GM0289 | GM9901) bench_show $c 1 ;; *) bench_show $c 0 ;; esac
done
# Names set by SQL: what may be shown is decided again (the opt-in form
# does that itself).
bench_recompute $Y
sign_in_as r regional

bench_page r "/regio/$Y"
assert_xpath /page/@name regional
assert_xpath /page/region/@kind province
assert_xpath /page/region/@name "Provincie Gelderland"
assert_xpath /page/region/@min-group "$(bench_min)"
bench_region_check $Y PV25
assert_eq "$(xpath "count(/page/region/municipality)")" 2 "named municipalities"
assert_xpath "/page/region/municipality[@name='Arnhem']/score[@scope='overall']/@value" \
	"$(sql "SELECT ROUND(score, 1) FROM scores WHERE round_id = $(round_of GM0202 $Y) AND scope = 'overall'")"
for n in Ede Apeldoorn Doetinchem Harderwijk Zutphen Wageningen "Testgemeente Utrecht-Noord" "Testgemeente Utrecht-Zuid"; do
	assert_body_lacks "\"$n\""
done

http_as r GET "/regio/$Y"
assert_html_page 200
assert_body_has Arnhem
assert_body_has Nijmegen
bench_names_absent "$TEST_TMP/body" Ede Apeldoorn Doetinchem Harderwijk Zutphen Wageningen \
	"Testgemeente Utrecht-Noord" "Testgemeente Utrecht-Zuid" "Testgemeente Eemland"

http_as r GET "/regio/$Y.csv"
assert_status 200
assert_header Content-Type "text/csv; charset=utf-8"
python3 - "$TEST_TMP/body" <<'PY' || fail "the CSV names other municipalities than Arnhem and Nijmegen"
import sys
from cimolt_test import csv_rows
rows = csv_rows(sys.argv[1])
text = " ".join(" ".join(r) for r in rows)
bad = [n for n in ("Ede", "Apeldoorn", "Doetinchem", "Harderwijk", "Zutphen", "Wageningen", "Utrecht-Noord",
                   "Utrecht-Zuid", "Eemland") if n in [f for r in rows for f in r] or " %s " % n in " %s " % text]
for n in ("Arnhem", "Nijmegen"):
    if not any(n in f for r in rows for f in r):
        bad.append("lacks " + n)
for b in bad:
    print(b)
sys.exit(1 if bad else 0)
PY

# Opting out takes Nijmegen off the page at once.
sql "UPDATE organisations SET show_name = 0 WHERE cbs_code = 'GM0268'"
bench_recompute $Y
bench_page r "/regio/$Y"
bench_region_check $Y PV25
assert_body_lacks '"Nijmegen"'
