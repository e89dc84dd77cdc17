# Revising a published practice makes a new draft revision; readers (and
# the search) keep the published one until the new revision is
# published: other municipalities' /praktijk/ID and /praktijk?q= show the
# old title, /praktijk/ID/concept is 404 for them and shows the draft to
# Ede; once an organiser publishes it, readers and the search see the
# new text, and both revisions are kept.
sign_in_as m member
sign_in_as c coordinator
sign_in_as org organiser
email=$(unique arnhem)@arnhem.example
new_user "$email" "Arie Arnhem" GM0202 member "$STACK_DEMO_PASSWORD"
sign_in a "$email" "$STACK_DEMO_PASSWORD"
old=$(unique oud | tr -d '-')
new=$(unique nieuw | tr -d '-')
p=$(practice_sql GM0228 "Hergebruik van betonpuin $old" "Samenvatting $old" "Aanpak" "Resultaat" bouw 2024 0 hergebruik) ||
	fail "cannot add a practice"
on_exit "drop_practice $p"
rev=$(sql "SELECT published_revision_id FROM practices WHERE id = $p")

send_form m "/praktijk/$p/bewerken" "${PRACTICE_FIELDS[@]}" "title=Hergebruik van betonpuin $new" \
	"summary=Samenvatting $new" category=bouw
assert_status 303
assert_header Location "/praktijk/$p?klaar=practice.saved"
assert_eq "$(practice_state "$p")" "draft $rev 0" "state after revising"
assert_eq "$(sql "SELECT GROUP_CONCAT(term ORDER BY term) FROM practice_terms WHERE practice_id = $p
	AND term IN ('$old', '$new')")" "$old" "the search terms"

http_as a GET "/praktijk/$p?format=xml"
assert_status 200
assert_xpath "/page/practice/revision/title" "Hergebruik van betonpuin $old"
assert_xpath "count(/page/practice/@working-status)" 0
http_as a GET "/praktijk/$p/concept"
assert_html_page 404
http_as a GET "/praktijk?q=$new&format=xml"
assert_xpath "/page/search/@total" 0
http_as a GET "/praktijk?q=$old&format=xml"
assert_xpath "/page/search/@total" 1
http_as m GET "/praktijk/$p?format=xml"
assert_xpath "/page/practice/revision/title" "Hergebruik van betonpuin $old"
assert_xpath "/page/practice/@working-status" draft
http_as m GET "/praktijk/$p/concept?format=xml"
assert_status 200
assert_xpath "/page/practice/revision/title" "Hergebruik van betonpuin $new"

http_as c POST "/praktijk/$p/indienen" --data-urlencode "csrf=$(csrf c)"
assert_status 303
http_as a GET "/praktijk/$p?format=xml"
assert_xpath "/page/practice/revision/title" "Hergebruik van betonpuin $old"
http_as org POST "/beheer/praktijk/$p/publiceren" --data-urlencode "csrf=$(csrf org)"
assert_status 303
rev2=$(sql "SELECT published_revision_id FROM practices WHERE id = $p")
[ "$rev2" != "$rev" ] || fail "the new revision was not published"
assert_eq "$(practice_state "$p")" "none $rev2 0" "state after publishing the revision"
http_as a GET "/praktijk/$p?format=xml"
assert_xpath "/page/practice/revision/title" "Hergebruik van betonpuin $new"
http_as a GET "/praktijk?q=$new&format=xml"
assert_xpath "/page/search/@total" 1
http_as a GET "/praktijk?q=$old&format=xml"
assert_xpath "/page/search/@total" 0
assert_eq "$(sql "SELECT COUNT(*) FROM practice_revisions WHERE practice_id = $p")" 2 "revisions kept"
