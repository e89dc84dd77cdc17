# A regional viewer sees its own region only: a viewer of Provincie
# Utrecht gets Utrecht's participation, statistics and opted-in names
# (computed here), never a municipality of Gelderland even where it opted
# in, whatever the query names (?provincie=, ?regio=, an organisation id);
# Gelderland's viewer never sees Utrecht's; the umbrella organisation
# (no province) sees the whole country, with its names. Utrecht has 5
# participants here (3 test municipalities plus 2 more made for this test).
Y=2054
bench_test_orgs
for c in GM9905 GM9906; do
	sql "INSERT INTO organisations (kind, name, cbs_code, province_id, size_class)
		SELECT 'gemeente', 'Testgemeente $c', '$c', id, '<20k' FROM organisations WHERE cbs_code = 'PV26'
		ON DUPLICATE KEY UPDATE province_id = VALUES(province_id)"
done
bench_year $Y
bench_rounds $Y GM9901,GM9902,GM9903,GM9905,GM9906,GM0228,GM0202,GM0268,GM0200,GM0222
bench_recompute $Y
bench_show GM9901 1
bench_show GM9902 0
bench_show GM0202 1
bench_show GM0268 1
# Names set by SQL: what may be shown is decided again (the opt-in form
# does that itself).
bench_recompute $Y
bench_user u PV26 regional
sign_in_as g regional
bench_user v "$(sql "SELECT id FROM organisations WHERE kind = 'koepelorganisatie' AND province_id IS NULL
	ORDER BY id LIMIT 1")" regional

gelderland="Arnhem Nijmegen Ede Apeldoorn Doetinchem"
for q in "" "?provincie=PV25" "?regio=$(org_id PV25)" "?organisatie=$(org_id GM0202)" "?provincie=$(org_id PV25)"; do
	bench_page u "/regio/$Y$q"
	assert_xpath /page/region/@name "Provincie Utrecht"
	assert_xpath /page/region/@kind province
	bench_region_check $Y PV26
	for n in $gelderland; do assert_body_lacks "\"$n\""; done
	http_as u GET "/regio/$Y$q"
	assert_html_page 200
	bench_names_absent "$TEST_TMP/body" $gelderland
done
http_as u GET "/regio/$Y.csv?provincie=PV25"
assert_status 200
bench_names_absent "$TEST_TMP/body" $gelderland

bench_page g "/regio/$Y?provincie=PV26"
assert_xpath /page/region/@name "Provincie Gelderland"
bench_region_check $Y PV25
assert_body_lacks "Testgemeente Utrecht-Noord"

bench_page v "/regio/$Y"
assert_xpath /page/region/@kind national
bench_region_check $Y ""
