# The regional viewer's page (/regio/{year}) sums up participation as its
# participation list (/regio/deelname/{year}) counts it, by the one
# definition the list states and the page now writes under its figures:
# no account, not started, in progress, submitted, and all the
# municipalities of the province. Ede has a draft for 2026 here, so at
# least one is in progress.
fresh_round GM0228 2026
sign_in_as c coordinator
monitor_save c 2026 s-beleid s-beleid-1=3
sign_in_as g regional
http_as g GET "/regio/deelname/2026?format=xml"
assert_status 200
want="$(xpath '/page/counts/@no-account') $(xpath '/page/counts/@not-started') $(xpath '/page/counts/@in-progress') $(xpath '/page/counts/@submitted') $(xpath '/page/counts/@total')"
gelderland=$(sql "SELECT COUNT(*) FROM organisations o JOIN organisations p ON p.id = o.province_id
	WHERE o.kind = 'gemeente' AND p.cbs_code = 'PV25'")
read -r a b c d t <<<"$want"
[ "$t" = "$gelderland" ] && [ $((a + b + c + d)) = "$t" ] && [ "$c" -ge 1 ] ||
	fail "the list does not add up to Gelderland's $gelderland municipalities with one in progress: $want"
http_as g GET "/regio/2026?format=xml"
assert_status 200
assert_eq "$(xpath '/page/region/participation/@no-account') $(xpath '/page/region/participation/@not-started') $(xpath '/page/region/participation/@in-progress') $(xpath '/page/region/participation/@submitted') $(xpath '/page/region/participation/@total')" \
	"$want" "the regional page's counts against the list's"
http_as g GET "/regio/2026?lang=nl"
assert_html_page 200
assert_body_has "Elke gemeente telt precies één keer"
