# A registration whose name (or function) holds bytes that are not UTF-8
# gets the form again (422), as the issue asks for bad input: an error on
# that field only, the typed values kept (a byte that is not UTF-8 shown as
# U+FFFD), the page itself valid UTF-8, and nothing stored.
new_event
ede=$(org_id GM0228)
queued=$(sql "SELECT COUNT(*) FROM outbox")
for field in naam functie; do
	if [ $field = naam ]; then naam='Jan%20%FF%FEde%20Vries' functie=Inkoper; else naam=Jan functie='Ink%C3%28oper'; fi
	body="csrf=$(csrf anon)&organisatie=$ede&naam=$naam&email=jan-$$%40ede.example&functie=$functie"
	http_as anon POST "/programma/$EVENT/aanmelden" --data-binary "$body" -H 'Accept: application/xml'
	assert_status 422
	iconv -f UTF-8 -t UTF-8 "$TEST_TMP/body" >/dev/null 2>&1 || fail "$REQ: the answer is not valid UTF-8"
	assert_xml
	assert_eq "$(form_errors register | cut -d' ' -f1)" "$field" "fields with an error"
	assert_eq "$(field_value register email)" "jan-$$@ede.example" "e-mail kept"
	assert_eq "$(field_value register organisatie)" "$ede" "organisation kept"
	# What was typed, each byte that is not UTF-8 shown as U+FFFD.
	if [ $field = naam ]; then
		assert_eq "$(field_value register naam)" "Jan ��de Vries" "name kept"
		assert_eq "$(field_value register functie)" Inkoper "function kept"
	else
		assert_eq "$(field_value register naam)" Jan "name kept"
		assert_eq "$(field_value register functie)" "Ink�(oper" "function kept"
	fi
	http_as anon POST "/programma/$EVENT/aanmelden" --data-binary "$body"
	assert_html_page 422
	assert_eq "$(regs "$EVENT")" "" "registrations"
	assert_eq "$(sql "SELECT COUNT(*) FROM outbox")" "$queued" "outbox rows"
done
