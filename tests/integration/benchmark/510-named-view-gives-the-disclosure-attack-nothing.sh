# The named view (fcgi/peers.c) adds nothing to what the disclosure
# attack (lib/disclosure.py) can learn of a municipality that did not
# consent to be named: the attack reads everything a coordinator and a
# member of Barneveld and the Gelderland regional viewer can see, now
# with /benchmark/YEAR/vergelijken of every year (Barneveld, Arnhem and
# Nijmegen named, Barneveld having chosen the other two), and bounds no
# anonymous score within +-2 points; the named view shows only the
# three's own scores. The attack's check of the named view can fail: the
# same page with a group's figure beside the named scores (the mean and
# size of the group, from which the one anonymous score follows) is
# refused.
Y=2087
bench_test_orgs
codes=(GM0203 GM0202 GM0268 GM0222 GM0243 GM0197 GM0209 GM0213 GM0214)
for c in "${codes[@]}" GM9901; do
	case $c in GM0203 | GM0202 | GM0268) bench_show $c 1 ;; *) bench_show $c 0 ;; esac
done
bench_year $Y
bench_rounds $Y "$(IFS=,; echo "${codes[*]}"),GM9901"
bench_recompute $Y
peers_keep GM0203
bench_user c GM0203 coordinator
bench_user m GM0203 member
peers_choose c $Y GM0202 GM0268
assert_status 303
assert_eq "$(peers_view m $Y | cut -d' ' -f1)" "Barneveld
Arnhem
Nijmegen" "Barneveld's named view"
cp "$TEST_TMP/body" "$TEST_TMP/peers.xml"
bench_attack "with the named view" "$EMAIL_c" "$EMAIL_m" "$(demo_email regional)"

# The attack's check refuses a named view with a group figure: the mean
# of the five and their number.
bench_truth "$TEST_TMP/truth.tsv"
out=$(python3 - "$TEST_TMP/peers.xml" "$TEST_TMP/truth.tsv" "$(org_id GM0203)" <<-'PY'
import sys, xml.etree.ElementTree as ET
import disclosure
from cimolt_test import Problems
root = ET.parse(sys.argv[1]).getroot()
p = root.find("peers")
ET.SubElement(p, "stat", {"scope": "overall", "key": "", "n": "5", "mean": "50.0"})
bad = Problems()
disclosure.peers_view(bad, disclosure.Truth(sys.argv[2]), root, sys.argv[3], {}, set())
print("\n".join(bad.list))
PY
)
assert_eq "$out" "named view $Y: a <stat>, not a municipality's own scores" "the attack on a named view with a group figure"
