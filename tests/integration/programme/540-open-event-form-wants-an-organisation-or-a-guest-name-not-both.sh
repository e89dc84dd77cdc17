# On an open event's form, neither an organisation nor a typed name is
# 422 with register.org-or-guest next to the list; both is 422 with
# register.org-and-guest next to the typed name (the typed name kept);
# a name of 151 characters is 422 with the field's maximum; nothing is
# stored.
new_event "open_to = 'everyone'" "per_org_limit = NULL"
register anon "$EVENT" "" "Nina Niemand" "nina-$$@example.org" Adviseur
assert_html_page 422
assert_field_error register-open organisatie "$(message register.org-or-guest)"
register anon "$EVENT" "$(org_id PV26)" "Bea Beide" "bea-$$@example.org" Adviseur --data-urlencode "gast_organisatie=Bureau Beide"
assert_html_page 422
assert_field_error register-open gast_organisatie "$(message register.org-and-guest)" "Bureau Beide"
long=$(printf 'é%.0s' $(seq 151))
register anon "$EVENT" "" "Lang" "lang-$$@example.org" Adviseur --data-urlencode "gast_organisatie=$long"
assert_html_page 422
assert_field_error register-open gast_organisatie \
	"$(message field.text.invalid.max "$(message form.register-open.gast_organisatie.label)" 150)"
assert_eq "$(sql "SELECT COUNT(*) FROM registrations WHERE event_id = $EVENT")" 0 "registrations stored"
