# The contact person's e-mail address never reaches a page: not in the
# HTML nor in the ?format=xml document of the library, the practice, the
# contact form (also after a 422), the feed, the organisers' list and
# review page, or the municipality's own edit form (which names the
# contact by name), for any viewer but the contact (whose own address
# is in the header of their own pages).
contact=$(unique geheim)@ede.example
new_user "$contact" "Gerrit Geheim" GM0228 member "$STACK_DEMO_PASSWORD"
sign_in k "$contact" "$STACK_DEMO_PASSWORD"
sign_in_as m member
sign_in_as org organiser
viewer=$(unique lezer)@arnhem.example
new_user "$viewer" "Lies Lezer" GM0202 member "$STACK_DEMO_PASSWORD"
sign_in v "$viewer" "$STACK_DEMO_PASSWORD"
kid=$(sql "SELECT id FROM users WHERE email = '$contact'")
sql "INSERT INTO practice_contacts (user_id, opted_in_at) VALUES ($kid, UTC_TIMESTAMP())"
p=$(practice_sql GM0228 "Met contactpersoon $(unique m)" "s" "a" "r" gww 2024 1 hergebruik) || fail "cannot add"
on_exit "drop_practice $p"
sql "UPDATE practice_revisions SET contact_user_id = $kid WHERE practice_id = $p"
local_part=${contact%@*}

check() {
	local j=$1 path=$2
	for fmt in "" xml; do
		if [ -n "$fmt" ]; then
			case $path in *\?*) http_as "$j" GET "$path&format=xml" ;; *) http_as "$j" GET "$path?format=xml" ;; esac
		else
			http_as "$j" GET "$path"
		fi
		[ "$STATUS" = 200 ] || fail "$REQ: status $STATUS"
		assert_body_lacks "$local_part"
	done
}
for j in v m org; do
	check $j /praktijk
	check $j "/praktijk?q=contactpersoon"
	check $j "/praktijk/$p"
	check $j "/praktijk/$p/contact"
done
check anon "/praktijk/$p"
http GET /praktijk.atom
assert_body_lacks "$local_part"
check org /beheer/praktijk
check org "/beheer/praktijk/$p"
check m "/praktijk/$p/bewerken"
http_as m GET "/praktijk/$p/bewerken?format=xml"
assert_xpath "/page/form[@name='practice']/field[@name='contact']/option[@value='$kid']/@label" "Gerrit Geheim"
http_as v GET "/praktijk/$p?format=xml"
assert_xpath "/page/practice/revision/contact/@name" "Gerrit Geheim"
send_form v "/praktijk/$p/contact" "message=" -- -H 'Accept: application/xml'
assert_status 422
assert_body_lacks "$local_part"
send_form v "/praktijk/$p/contact" "message="
assert_html_page 422
assert_body_lacks "$local_part"
