# A masterclass (not open to everyone) keeps its rules: its form is
# register, with the municipalities only (no other organisation, no guest
# field); the Province of Utrecht is refused with 422 and "Kies een van
# de mogelijkheden bij ‘Gemeente’." next to the field; a guest name
# without a municipality gets "Vul ‘Gemeente’ in."; nothing is stored.
new_event
http GET "/programma/$EVENT/aanmelden?format=xml"
assert_status 200
assert_xpath "/page/event/@open-to" municipalities
assert_xpath "count(/page/form[@name='register-open'])" 0
assert_xpath "count(/page/form[@name='register']/field[@name='gast_organisatie'])" 0
assert_xpath "count(/page/form[@name='register']/field[@name='organisatie']//option)" 51
label=$(message form.register.organisatie.label)
assert_eq "$label" Gemeente "the field's label"

register anon "$EVENT" "$(org_id PV26)" "Pien Provincie" "pien-$$@utrecht.example" Beleidsadviseur
assert_html_page 422
assert_field_error register organisatie "Kies een van de mogelijkheden bij ‘Gemeente’." "$(org_id PV26)"
register anon "$EVENT" "" "Gijs Gast" "gijs-$$@bureau.example" Adviseur --data-urlencode "gast_organisatie=Bureau Groen"
assert_html_page 422
assert_field_error register organisatie "Vul ‘Gemeente’ in."
assert_eq "$(sql "SELECT COUNT(*) FROM registrations WHERE event_id = $EVENT")" 0 "registrations stored"
assert_counters "$EVENT" 0 0
