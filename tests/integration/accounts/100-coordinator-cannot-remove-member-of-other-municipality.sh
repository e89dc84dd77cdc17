# The coordinator of Ede (GM0228) sees only Ede's members, and cannot
# remove a member of Arnhem (GM0202) by putting that member's id in the
# URL: 404, nothing changed, and the Arnhem member can still sign in. The
# same request for a member of Ede does remove that member (disabled: still
# listed as such, and no longer able to sign in).
arnhem=$(unique arnhem)@arnhem.example
ede=$(unique ede)@ede.example
password=Wachtwoord-2027-test
new_user "$arnhem" "Anne Arnhem" GM0202 member "$password"
new_user "$ede" "Evert Ede" GM0228 member "$password"
aid=$(sql "SELECT id FROM users WHERE email = '$arnhem'")
eid=$(sql "SELECT id FROM users WHERE email = '$ede'")
ede_org=$(sql "SELECT id FROM organisations WHERE cbs_code = 'GM0228'")

sign_in_as c coordinator
http_as c GET "/gemeente/leden?format=xml"
assert_status 200
listed=$(xmllint --xpath '/page/members/member/@id' "$TEST_TMP/body" 2>/dev/null |
	grep -oE '[0-9]+' | sort -n | tr '\n' ' ')
want=$(sql "SELECT id FROM users WHERE organisation_id = $ede_org ORDER BY id" |
	tr '\n' ' ')
assert_eq "$listed" "$want" "ids on Ede's members page"

db_state "$TEST_TMP/before"
token=$(csrf_of c)
http_as c POST "/gemeente/leden/$aid/verwijderen" --data-urlencode "csrf=$token"
assert_html_page 404
assert_db_unchanged "$TEST_TMP/before" "removing Arnhem's member $aid as Ede's coordinator"
sign_in x "$arnhem" "$password"
assert_status 303

http_as c POST "/gemeente/leden/$eid/verwijderen" --data-urlencode "csrf=$token"
assert_status 303
assert_header Location "/gemeente/leden?klaar=member.removed"
http_as c GET "/gemeente/leden?format=xml"
assert_xpath "/page/members/member[@id='$eid']/@status" disabled
sign_in y "$ede" "$password"
[ "$STATUS" != 303 ] || fail "the removed member $ede can still sign in"
