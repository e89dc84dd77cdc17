# A masterclass takes at most 3 confirmed registrations per municipality.
# The 4th from Ede is refused with 422: the form again, with the message
# that names the limit (3) and how many colleagues registered (3), and the
# offer of the waiting list (the wachtlijst checkbox); no row is stored
# and no notice queued. Sent again with wachtlijst=yes and confirmed
# through the mailed link, it is stored as waiting, first on the list, and
# the event's counters say so.
new_event
ede=$(org_id GM0228)
for i in 1 2 3; do
	registered anon "$EVENT" "$ede" "Collega $i" "collega$i-$$@ede.example" Beleidsmedewerker
	assert_eq "$(reg_by_token "$TOKEN" status)" confirmed "registration $i"
done
assert_counters "$EVENT" 3 0
rows=$(regs "$EVENT")
queued=$(sql "SELECT COUNT(*) FROM outbox")

fourth=vierde-$$@ede.example
register anon "$EVENT" "$ede" "Vera Vierde" "$fourth" Inkoper
assert_html_page 422
assert_message register.org-limit "" 3 3
assert_body_has 'name="wachtlijst"'
assert_body_has 'value="Vera Vierde"'
assert_body_has "value=\"$fourth\""
assert_eq "$(regs "$EVENT")" "$rows" "registrations after the refused 4th"
assert_counters "$EVENT" 3 0
assert_eq "$(sql "SELECT COUNT(*) FROM outbox")" "$queued" "outbox rows after the refused 4th"

# The page document says the same.
register anon "$EVENT" "$ede" "Vera Vierde" "$fourth" Inkoper -H 'Accept: application/xml'
assert_status 422
assert_xpath "/page/@status" 422
assert_xpath "count(/page/form[@name='register']/error)" 1
assert_xpath "/page/form[@name='register']/error/@key" register.org-limit
assert_xpath "count(/page/form[@name='register']/field[@name='wachtlijst'])" 1

registered anon "$EVENT" "$ede" "Vera Vierde" "$fourth" Inkoper --data-urlencode wachtlijst=yes
assert_eq "$(reg_by_token "$TOKEN" "CONCAT(email, ' ', status, ' ', organisation_id)")" \
	"$fourth waiting $ede" "the 4th registration with wachtlijst=yes"
assert_counters "$EVENT" 3 1
http GET "/aanmelding/$TOKEN?format=xml"
assert_status 200
assert_xpath "/page/registration/@status" waiting
assert_xpath "/page/registration/@position" 1
