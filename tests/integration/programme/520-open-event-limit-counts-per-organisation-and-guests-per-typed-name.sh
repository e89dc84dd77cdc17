# An open event with a limit of 2 per organisation: the third from the
# Province of Utrecht is refused (422, register.org-limit-open naming the
# limit and the count, nothing stored) while the Province of Zeeland still
# gets a place. Guests count per typed organisation name, whatever its
# case: after two from "Bureau Groen" the third, typing "BUREAU GROEN",
# is refused the same way; a guest of "Bureau Blauw" gets a place; and the
# refused guest who ticks the waiting list is put on it (303).
new_event "open_to = 'everyone'" "kind = 'slotbijeenkomst'" "per_org_limit = 2"
utrecht=$(org_id PV26)
for i in 1 2; do
	registered anon "$EVENT" "$utrecht" "Utrecht $i" "utrecht$i-$$@utrecht.example" Adviseur
done
rows=$(regs "$EVENT")
register anon "$EVENT" "$utrecht" "Utrecht 3" "utrecht3-$$@utrecht.example" Adviseur
assert_html_page 422
assert_message register.org-limit-open "" 2 2
assert_eq "$(regs "$EVENT")" "$rows" "registrations after the province's refusal"
registered anon "$EVENT" "$(org_id PV29)" "Zeeland 1" "zeeland1-$$@zeeland.example" Adviseur
assert_eq "$(reg_by_token "$TOKEN" status)" confirmed "a registration from Zeeland"

registered anon "$EVENT" "" "Groen 1" "groen1-$$@groen.example" Adviseur --data-urlencode "gast_organisatie=Bureau Groen $$"
registered anon "$EVENT" "" "Groen 2" "groen2-$$@groen.example" Adviseur --data-urlencode "gast_organisatie=bureau groen $$"
assert_counters "$EVENT" 5 0
rows=$(regs "$EVENT")
register anon "$EVENT" "" "Groen 3" "groen3-$$@groen.example" Adviseur --data-urlencode "gast_organisatie=BUREAU GROEN $$"
assert_html_page 422
assert_message register.org-limit-open "" 2 2
assert_eq "$(regs "$EVENT")" "$rows" "registrations after the guest's refusal"

registered anon "$EVENT" "" "Blauw 1" "blauw1-$$@blauw.example" Adviseur --data-urlencode "gast_organisatie=Bureau Blauw $$"
assert_eq "$(reg_by_token "$TOKEN" "CONCAT(status, ' ', guest_organisation)")" "confirmed Bureau Blauw $$" "a guest of another organisation"

registered anon "$EVENT" "" "Groen 3" "groen3-$$@groen.example" Adviseur \
	--data-urlencode "gast_organisatie=BUREAU GROEN $$" --data-urlencode wachtlijst=yes
assert_eq "$(reg_by_token "$TOKEN" "CONCAT(status, ' ', guest_organisation)")" "waiting BUREAU GROEN $$" \
	"the third guest of Bureau Groen, on the waiting list"
assert_counters "$EVENT" 6 1
