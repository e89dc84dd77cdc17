# An event open to everyone (events.open_to = 'everyone') offers every
# organisation of the table in its form (register-open): the 12
# provinces, the umbrella organisations (the VNG, the IPO, the Unie van
# Waterschappen) and the municipalities. Someone from the Province of
# Utrecht registers: 303 to the event's page (check your mail), then the
# link confirms it; the row holds the province as its organisation and no
# guest name. Someone from the IPO the same. The organisers' page lists
# both under their organisations.
new_event "open_to = 'everyone'" "kind = 'slotbijeenkomst'" "audience = 'iedereen'" "per_org_limit = NULL"
utrecht=$(org_id PV26)
ipo=$(sql "SELECT id FROM organisations WHERE kind = 'koepelorganisatie' AND name = 'Interprovinciaal Overleg'")
[ -n "$ipo" ] || fail "no umbrella organisation Interprovinciaal Overleg"

http GET "/programma/$EVENT/aanmelden?format=xml"
assert_status 200
assert_xpath "/page/event/@open-to" everyone
assert_xpath "count(/page/form[@name='register'])" 0
opts=/page/form[@name=\'register-open\']/field[@name=\'organisatie\']
assert_xpath "count($opts/group[@kind='provincie']/option)" 12
for name in "Vereniging van Nederlandse Gemeenten" "Interprovinciaal Overleg" "Unie van Waterschappen"; do
	assert_xpath "count($opts/group[@kind='koepelorganisatie']/option[@label='$name'])" 1
done
assert_xpath "count($opts/province[@name='Provincie Gelderland']/option)" 51
assert_xpath "count(/page/form[@name='register-open']/field[@name='gast_organisatie'])" 1

register anon "$EVENT" "$utrecht" "Pien Provincie" "pien-$$@utrecht.example" "Beleidsadviseur"
pending "$EVENT" || fail "$REQ: status $STATUS, Location '$(header Location)'; errors: $(xpath_errors)"
assert_eq "$(reg_of "$EVENT" "pien-$$@utrecht.example" "CONCAT(status, ' ', organisation_id, ' ', IFNULL(guest_organisation, 'NULL'))")" \
	"pending $utrecht NULL" "the province's registration before its link is used"
confirm_registration anon "pien-$$@utrecht.example"
assert_eq "$(reg_of "$EVENT" "pien-$$@utrecht.example" "CONCAT(status, ' ', organisation_id, ' ', IFNULL(guest_organisation, 'NULL'))")" \
	"confirmed $utrecht NULL" "the province's registration"

registered anon "$EVENT" "$ipo" "Ingrid IPO" "ingrid-$$@ipo.example" "Programmamanager"
assert_eq "$(reg_by_token "$TOKEN" "CONCAT(status, ' ', organisation_id)")" "confirmed $ipo" "the IPO's registration"
assert_counters "$EVENT" 2 0

sign_in_as org organiser
http_as org GET "/beheer/programma/$EVENT?format=xml"
assert_status 200
assert_xpath "/page/organisations/organisation[@id='$utrecht']/registration/@name" "Pien Provincie"
assert_xpath "/page/organisations/organisation[@id='$ipo']/@name" "Interprovinciaal Overleg"
