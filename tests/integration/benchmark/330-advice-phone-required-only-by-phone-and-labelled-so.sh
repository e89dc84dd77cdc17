# The phone field of the advice request says when it is needed,
# "(verplicht bij ‘Telefonisch’)", never "(niet verplicht)"; with
# "Telefonisch" chosen and no number the form comes back (422) with the
# error at the field, now marked required; with another choice no number
# is needed.
sign_in_as c coordinator
http_as c GET /advies/aanvraag
assert_html_page 200
assert_body_has 'Telefoonnummer <span class="cimolt-form-field__optional">(verplicht bij ‘Telefonisch’)</span>'
assert_body_lacks 'Telefoonnummer <span class="cimolt-form-field__optional">(niet verplicht)</span>'
before=$(sql "SELECT COUNT(*) FROM advice_requests")
http_as c POST /advies/aanvraag --data-urlencode "csrf=$(csrf c)" --data onderwerp=algemeen \
	--data contact=telefoon --data telefoon= --data-urlencode "vraag=Bel mij"
assert_html_page 422
http_as c POST "/advies/aanvraag?format=xml" --data-urlencode "csrf=$(csrf c)" --data onderwerp=algemeen \
	--data contact=telefoon --data telefoon= --data-urlencode "vraag=Bel mij"
assert_status 422
assert_xpath "/page/form/field[@name='telefoon']/error/@key" field.required
assert_xpath "/page/form/field[@name='telefoon']/@required" yes
assert_eq "$(sql "SELECT COUNT(*) FROM advice_requests")" "$before" "requests stored"
advice_request c algemeen email "" "Mail mij"
