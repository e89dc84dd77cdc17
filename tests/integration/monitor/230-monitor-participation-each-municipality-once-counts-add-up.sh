# The participation list of a monitor year (GET /beheer/deelname/2026 for
# the organisers, /regio/deelname/2026 for a regional viewer) has every
# municipality once, with one status by the definition the page states:
# submitted (its round is), in progress (it has a round), not started (no
# round, someone can sign in), no account (nobody can): checked here
# against the database row by row; the counts are those of the rows and
# add up to the number of municipalities. Dates: the last change and the
# submission, in Dutch time. The regional viewer sees only its province
# (a municipality of Utrecht made here is not in it; the organisers see
# it). The CSV has the same rows.
fresh_round GM0228 2026
utrecht=$(sql "SELECT id FROM organisations WHERE cbs_code = 'PV26'")
[ -n "$utrecht" ] || fail "no province PV26 (Utrecht)"
sql "INSERT INTO organisations (kind, name, cbs_code, province_id, size_class)
	VALUES ('gemeente', 'Testdorp Utrecht', 'GM9926', $utrecht, '<20k')" || fail "cannot add a municipality in Utrecht"
on_exit "sql \"DELETE FROM organisations WHERE cbs_code = 'GM9926'\""
zutphen=$(unique zutphen)@zutphen.example
invited=$(unique lochem)@lochem.example
new_user "$zutphen" "Zora Zutphen" GM0301 member "$STACK_DEMO_PASSWORD"
new_user "$invited" "Ineke Lochem" GM0262 member
on_exit "sql \"UPDATE users SET disabled_at = UTC_TIMESTAMP() WHERE email IN ('$zutphen', '$invited')\""
sign_in_as c coordinator
monitor_save c 2026 s-beleid s-beleid-1=3 s-beleid-2=ja s-beleid-3=1 s-beleid-4=Beleid
sign_in_as o organiser
sign_in_as g regional

# The definition, from the database.
sql "SELECT o.cbs_code, CASE WHEN r.status = 'submitted' THEN 'submitted' WHEN r.id IS NOT NULL THEN 'in-progress'
	WHEN EXISTS (SELECT 1 FROM users u WHERE u.organisation_id = o.id AND u.disabled_at IS NULL
	AND u.password_hash IS NOT NULL) THEN 'not-started' ELSE 'no-account' END
	FROM organisations o LEFT JOIN rounds r ON r.organisation_id = o.id AND r.year = 2026
	WHERE o.kind = 'gemeente' ORDER BY o.name" | tr '\t' ' ' >"$TEST_TMP/want"
rows() {
	python3 - "$TEST_TMP/body" <<-'PY'
		import sys
		from cimolt_test import xml_root
		root = xml_root(sys.argv[1])
		for m in root.iter("municipality"):
		    print(m.get("cbs-code"), m.get("status"))
		c = root.find("counts")
		print("counts", *(c.get(k) for k in ("no-account", "not-started", "in-progress", "submitted", "total")))
	PY
}
counts_of() {
	echo "counts $(for s in no-account not-started in-progress submitted; do grep -c " $s\$" "$1"; done | paste -sd' ') $(wc -l <"$1")"
}
http_as o GET "/beheer/deelname/2026?format=xml"
assert_status 200
rows >"$TEST_TMP/got"
assert_eq "$(grep -v '^counts' "$TEST_TMP/got")" "$(cat "$TEST_TMP/want")" "the organisers' rows"
assert_eq "$(grep '^counts' "$TEST_TMP/got")" "$(counts_of "$TEST_TMP/want")" "the organisers' counts"
assert_eq "$(grep -E '^(GM0228|GM0202|GM0301|GM0262|GM9926) ' "$TEST_TMP/want" | sort | tr '\n' ',')" \
	"GM0202 submitted,GM0228 in-progress,GM0262 no-account,GM0301 not-started,GM9926 no-account," "the cases, spelt out"
assert_eq "$(xpath '/page/participation/municipality[@cbs-code = "GM0228"]/@sections-done')/$(xpath '/page/participation/municipality[@cbs-code = "GM0228"]/@sections')" \
	"1/11" "Ede's sections done"
dutch() { TZ=Europe/Amsterdam date -d "$1 UTC" '+%F %T'; }
changed=$(dutch "$(sql "SELECT MAX(updated_at) FROM answers WHERE round_id = $(round_of GM0228 2026)")")
submitted=$(dutch "$(sql "SELECT submitted_at FROM rounds WHERE id = $(round_of GM0202 2026)")")
assert_eq "$(xpath '/page/participation/municipality[@cbs-code = "GM0228"]/@changed') $(xpath '/page/participation/municipality[@cbs-code = "GM0202"]/@submitted')" \
	"$changed $submitted" "Ede's last change and Arnhem's submission"

# The CSV: the same rows.
http_as o GET /beheer/deelname/2026.csv
assert_status 200
assert_header Content-Type "text/csv; charset=utf-8"
assert_eq "$(head -n 1 "$TEST_TMP/body")" $'\xef\xbb\xbfgemeente;cbs-code;provincie;deelname;onderdelen klaar;begonnen;laatst gewijzigd;ingediend;laatste herinnering\r' \
	"the CSV's header"
# The CSV names the statuses as the page does (monitor/participation-csv-
# names-the-statuses-in-the-readers-language).
labels='s/ no-account$/ Geen account/; s/ not-started$/ Niet begonnen/; s/ in-progress$/ Bezig/; s/ submitted$/ Ingediend/'
assert_eq "$(tail -n +2 "$TEST_TMP/body" | tr -d '\r' | cut -d';' -f2,4 | tr ';' ' ')" "$(sed "$labels" "$TEST_TMP/want")" "the CSV's rows"
assert_eq "$(grep '^Ede;' "$TEST_TMP/body" | tr -d '\r' | cut -d';' -f1-5,7)" "Ede;GM0228;Provincie Gelderland;Bezig;1/11;$changed" \
	"Ede's CSV row"

# The regional viewer: Gelderland only.
http_as g GET "/regio/deelname/2026?format=xml"
assert_status 200
rows >"$TEST_TMP/got"
grep -v '^GM9926 ' "$TEST_TMP/want" >"$TEST_TMP/want-region"
assert_eq "$(grep -v '^counts' "$TEST_TMP/got")" "$(cat "$TEST_TMP/want-region")" "the regional viewer's rows"
assert_eq "$(grep '^counts' "$TEST_TMP/got")" "$(counts_of "$TEST_TMP/want-region")" "the regional viewer's counts"
http_as g GET /regio/deelname/2026.csv
assert_status 200
assert_body_lacks "GM9926"
http_as g GET "/regio/deelname/2026?lang=en"
assert_html_page 200
assert_body_lacks "herinneren"
