# Once the organisers set a year's deadline, the municipality's staff see
# it: on /monitor (the newest year with settings), on the round's page
# and on the home page when signed in, with the days left and their
# round's status; the home page of an organiser or a visitor shows none,
# and a year without settings shows none.
fresh_round GM0228 2026
sign_in_as c coordinator
sign_in_as m member
sign_in_as o organiser
http_as c GET "/monitor?format=xml"
sql "DELETE FROM monitor_years WHERE year = 2026"
http_as c GET "/monitor?format=xml"
assert_eq "$(xpath 'count(/page/deadline)')" 0 "deadlines on /monitor without settings"
monitor_year_set 2026 "$(dutch_day -20)" "$(dutch_day 12)" "7"
want="2026 $(dutch_day -20) $(dutch_day 12) 12 yes"
deadline() {
	echo "$(xpath '/page/deadline/@year') $(xpath '/page/deadline/@opens') $(xpath '/page/deadline/@date') $(xpath '/page/deadline/@days-left') $(xpath '/page/deadline/@opened')"
}
for path in /monitor /monitor/2026 /; do
	http_as c GET "$path?format=xml"
	assert_status 200
	assert_eq "$(deadline) $(xpath '/page/deadline/@round')" "$want none" "the coordinator's deadline on $path"
done
http_as m GET "/?format=xml"
assert_eq "$(deadline)" "$want" "the member's deadline on the home page"
http_as c GET "/?lang=nl"
assert_html_page 200
assert_body_has "De monitor 2026 sluit op"
assert_body_has "nog 12 dagen"
http_as o GET "/?format=xml"
assert_eq "$(xpath 'count(/page/deadline)')" 0 "deadlines on an organiser's home page"
http GET "/?format=xml"
assert_eq "$(xpath 'count(/page/deadline)')" 0 "deadlines on a visitor's home page"
# Not open yet.
monitor_year_set 2026 "$(dutch_day 3)" "$(dutch_day 40)" ""
http_as c GET "/monitor?format=xml"
assert_eq "$(xpath '/page/deadline/@opened')" no "opened, three days before it opens"
