# A guest's registration (no organisation, a typed organisation name)
# takes part in the privacy tools: `cimolt-admin person export EMAIL`
# lists it with the typed name as its organisation; `person erase EMAIL`
# blanks name, address and the typed name and keeps the place counted;
# the retention purge (an event ended long ago) blanks another guest's
# typed name with the rest.
new_event "open_to = 'everyone'" "per_org_limit = NULL"
guest="Adviesbureau Privé $$"
email="gerda-$$@prive.example"
registered anon "$EVENT" "" "Gerda Gast" "$email" Adviseur --data-urlencode "gast_organisatie=$guest"

admin_cli person export "$email" >"$TEST_TMP/export.json" 2>"$TEST_TMP/err" ||
	fail "cimolt-admin person export failed: $(cat "$TEST_TMP/err")"
assert_eq "$(python3 -c 'import json,sys
for r in json.load(open(sys.argv[1]))["registrations"]:
    print(r["event_id"], r["organisation"], r["status"])' "$TEST_TMP/export.json")" "$EVENT $guest confirmed" \
	"the registrations in the export"

out=$(admin_cli person erase "$email" 2>&1) || fail "cimolt-admin person erase failed: $out"
assert_eq "$(reg_of "$EVENT" "verwijderd-$(sql "SELECT MAX(id) FROM registrations WHERE event_id = $EVENT")" \
	"CONCAT(status, '|', name, '|', IFNULL(organisation_id, 'NULL'), '|', IFNULL(guest_organisation, 'NULL'))")" \
	"confirmed||NULL|" "the guest's registration after the erasure"
assert_counters "$EVENT" 1 0

# Retention: the other guest's event ended long ago.
registered anon "$EVENT" "" "Oscar Oud" "oscar-$$@oud.example" Adviseur --data-urlencode "gast_organisatie=Oud Bureau $$"
sql "UPDATE events SET starts_at = '2020-01-07 13:30:00', ends_at = '2020-01-07 17:00:00' WHERE id = $EVENT"
out=$(admin_cli purge 2>&1) || fail "cimolt-admin purge failed: $out"
assert_eq "$(sql "SELECT COUNT(*) FROM registrations WHERE event_id = $EVENT
	AND (guest_organisation LIKE '%Bureau%' OR name <> '' OR email LIKE '%@%')")" 0 \
	"registrations of the event with a typed name, a name or an address after the purge"
