# A municipality sees only its own advice requests: a request of Arnhem
# never shows on Ede's /advies/aanvraag (XML or HTML), whatever the query
# names, and Ede's not on Arnhem's; the organiser sees both.
secret_a="Arnhem-vraag-$(unique a)"
secret_e="Ede-vraag-$(unique e)"
bench_user a GM0202
advice_request a borging email "" "$secret_a"
ra=$REQUEST
sign_in_as m member
advice_request m borging email "" "$secret_e"
re=$REQUEST
arnhem=$(org_id GM0202)
for q in "" "?organisatie=$arnhem" "?gemeente=GM0202" "?id=$ra" "?aanvraag=$ra"; do
	bench_page m "/advies/aanvraag$q"
	assert_body_lacks "$secret_a"
	assert_body_has "$secret_e"
	assert_xpath "count(/page/requests/request[@id='$ra'])" 0
	assert_eq "$(xpath "count(/page/requests/request)")" "$(sql "SELECT COUNT(*) FROM advice_requests WHERE organisation_id = $(org_id GM0228)")" \
		"Ede's requests on $REQ"
	http_as m GET "/advies/aanvraag$q"
	assert_html_page 200
	assert_body_lacks "$secret_a"
done
bench_page a /advies/aanvraag
assert_body_lacks "$secret_e"
assert_body_has "$secret_a"
# The organiser's status form is the organiser's: Ede's member cannot set Arnhem's.
http_as m POST "/beheer/advies/$ra" --data-urlencode "csrf=$(csrf m)" --data status=done
assert_html_page 403
assert_eq "$(sql "SELECT status FROM advice_requests WHERE id = $ra")" new "Arnhem's request"
sign_in_as o organiser
bench_page o /beheer/advies
assert_body_has "$secret_a"
assert_body_has "$secret_e"
