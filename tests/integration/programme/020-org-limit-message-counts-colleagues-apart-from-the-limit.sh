# The refusal names both numbers, each in its place: when an organiser has
# lowered a masterclass's limit to 2 after 3 from Ede registered, the next
# one from Ede hears that 3 colleagues registered and that the maximum is
# 2 per municipality; nothing is stored. Another municipality still gets a
# confirmed place.
new_event
ede=$(org_id GM0228)
for i in 1 2 3; do
	registered anon "$EVENT" "$ede" "Collega $i" "collega$i-$$@ede.example" Adviseur
done
sql "UPDATE events SET per_org_limit = 2 WHERE id = $EVENT"
rows=$(regs "$EVENT")
register anon "$EVENT" "$ede" "Nico Nummer" "nummer-$$@ede.example" Adviseur
assert_html_page 422
assert_message register.org-limit "" 2 3
assert_eq "$(regs "$EVENT")" "$rows" "registrations after the refusal"
assert_counters "$EVENT" 3 0

registered anon "$EVENT" "$(org_id GM0202)" "Anna Arnhem" "anna-$$@arnhem.example" Inkoper
assert_eq "$(reg_by_token "$TOKEN" status)" confirmed "a registration from Arnhem"
assert_counters "$EVENT" 4 0
