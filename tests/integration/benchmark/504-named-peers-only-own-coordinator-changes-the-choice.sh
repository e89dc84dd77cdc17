# Ede's choice is Ede's coordinator's to make: Arnhem's coordinator's
# POST changes only Arnhem's own choice (the municipality comes from the
# session, never from the request), Ede's member gets 403, and so does a
# POST without a valid token; regional viewers and organisers may not
# even see the page (403). Ede's choice stays as it was throughout.
Y=2085
bench_year $Y
bench_rounds $Y GM0228,GM0202,GM0268
for c in GM0228 GM0202 GM0268; do bench_show $c 1; done
peers_keep GM0228
peers_keep GM0202
bench_user c GM0228 coordinator
bench_user m GM0228 member
bench_user a GM0202 coordinator
sign_in_as r regional
sign_in_as o organiser
peers_choose c $Y GM0202
assert_status 303

peers_choose a $Y GM0268
assert_status 303
assert_eq "$(peers_stored GM0228)" "GM0202:1" "Ede's choice after Arnhem's POST"
assert_eq "$(peers_stored GM0202)" "GM0268:1" "Arnhem's own choice"
# With Ede's id in the request, the same.
send_form a "/benchmark/$Y/vergelijken" "peer=$(org_id GM0268)" "organisation_id=$(org_id GM0228)" "org=$(org_id GM0228)"
assert_status 303
assert_eq "$(peers_stored GM0228)" "GM0202:1" "Ede's choice after Arnhem's POST naming Ede"

peers_choose m $Y GM0268
assert_html_page 403
http_as c POST "/benchmark/$Y/vergelijken" --data "peer=$(org_id GM0268)"
assert_html_page 403
for j in r o; do
	http_as $j GET "/benchmark/$Y/vergelijken"
	assert_html_page 403
	peers_choose $j $Y GM0268
	assert_html_page 403
done
assert_eq "$(peers_stored GM0228)" "GM0202:1" "Ede's choice at the end"
# A year without a submitted round of its own: 404, GET and POST.
http_as c GET "/benchmark/2079/vergelijken"
assert_html_page 404
peers_choose c 2079 GM0268
assert_html_page 404
assert_eq "$(peers_stored GM0228)" "GM0202:1" "Ede's choice after a POST for another year"
