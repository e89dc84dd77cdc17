# The participation CSV (/beheer/deelname/{year}.csv, /regio/deelname/
# {year}.csv) names each municipality's status as the page does, in the
# reader's language ("Bezig", "In progress"), not as a code: row by row
# the status of the list (?format=xml) in words, for the organisers in
# Dutch and in English and for the regional viewer.
fresh_round GM0228 2026
sign_in_as c coordinator
monitor_save c 2026 s-beleid s-beleid-1=3
zutphen=$(unique zutphen)@zutphen.example
new_user "$zutphen" "Zora Zutphen" GM0301 member "$STACK_DEMO_PASSWORD"
on_exit "sql \"UPDATE users SET disabled_at = UTC_TIMESTAMP() WHERE email = '$zutphen'\""
sign_in_as o organiser
sign_in_as g regional

list() {
	http_as "$1" GET "$2?format=xml"
	assert_status 200
	python3 - "$TEST_TMP/body" <<-'PY'
		import sys
		from cimolt_test import xml_root
		for m in xml_root(sys.argv[1]).iter("municipality"):
		    print(m.get("cbs-code"), m.get("status"))
	PY
}
csv() {
	http_as "$1" GET "$2.csv${3:+?lang=$3}"
	assert_status 200
	assert_header Content-Type "text/csv; charset=utf-8"
	tail -n +2 "$TEST_TMP/body" | tr -d '\r' | cut -d';' -f2,4 | tr ';' ' '
}
nl='s/ no-account$/ Geen account/; s/ not-started$/ Niet begonnen/; s/ in-progress$/ Bezig/; s/ submitted$/ Ingediend/'
en='s/ no-account$/ No account/; s/ not-started$/ Not started/; s/ in-progress$/ In progress/; s/ submitted$/ Submitted/'
want=$(list o /beheer/deelname/2026)
for s in no-account not-started in-progress submitted; do
	grep -q " $s\$" <<<"$want" || fail "no municipality is $s in 2026 (the demo data and Zutphen's account here make each)"
done
assert_eq "$(csv o /beheer/deelname/2026 nl)" "$(sed "$nl" <<<"$want")" "the organisers' CSV in Dutch"
assert_eq "$(csv o /beheer/deelname/2026 en)" "$(sed "$en" <<<"$want")" "the organisers' CSV in English"
assert_eq "$(grep -c ';in-progress;\|;submitted;\|;no-account;\|;not-started;' "$TEST_TMP/body")" 0 "status codes in the CSV"
assert_eq "$(csv g /regio/deelname/2026 nl)" "$(sed "$nl" <<<"$(list g /regio/deelname/2026)")" "the regional viewer's CSV"
