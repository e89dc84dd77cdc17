# An empty or blank text, one over 20000 characters or with a control
# character is refused with the form again (422, the message by the
# field, what was typed kept) and stores nothing; an unknown page or
# revision is 404 and stores nothing.
info_keep
sign_in_as o organiser
last=$(sql "SELECT MAX(id) FROM info_revisions")
en=$(info_text privacy en)
info_save o privacy "" "$en"
assert_html_page 422
send_form o /beheer/teksten/privacy "tekst_nl=   " "tekst_en=$en" -- -H "Accept: application/xml"
assert_status 422
assert_xpath "/page/form[@name = 'text']/field[@name = 'tekst_nl']/error/@key" field.required
assert_xpath "count(/page/form[@name = 'text']/field[@name = 'tekst_en']/error)" 0
long=$(head -c 20001 /dev/zero | tr '\0' 'x')
send_form o /beheer/teksten/privacy "tekst_nl=$long" "tekst_en=$en" -- -H "Accept: application/xml"
assert_status 422
assert_xpath "/page/form[@name = 'text']/field[@name = 'tekst_nl']/error/@key" field.text.invalid
send_form o /beheer/teksten/privacy "tekst_nl=Goed" "tekst_en=$(printf 'a\001b')"
assert_html_page 422
grep -q '<textarea[^>]*name="tekst_en"[^>]*aria-invalid="true"' "$TEST_TMP/body" ||
	fail "the English text with a control character is not marked invalid"
tr -d '\n' <"$TEST_TMP/body" | grep -q '<textarea[^>]*name="tekst_nl"[^>]*>Goed</textarea>' ||
	fail "the Dutch text typed is not kept"
info_save o onbekend "a" "b"
assert_html_page 404
http_as o GET /beheer/teksten/onbekend
assert_html_page 404
http_as o GET /beheer/teksten/revisie/999999999
assert_html_page 404
send_form o /beheer/teksten/revisie/999999999/herstellen
assert_html_page 404
assert_eq "$(sql "SELECT COUNT(*) FROM info_revisions WHERE id > $last")" 0 "revisions stored"
