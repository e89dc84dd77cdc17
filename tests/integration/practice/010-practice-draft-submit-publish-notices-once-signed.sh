# The workflow of a practice: a member of Ede writes it (a draft: only
# Ede and the organisers see it, anyone else gets 404), a member may not
# submit it (403), Ede's coordinator submits it (practice.submitted to
# every active organiser), an organiser publishes it (practice.published
# to the author and Ede's coordinators). Each step answers 303 to the
# agreed page, changes exactly the agreed rows, is audit-logged, and its
# notice reaches the webhook receiver exactly once, signed, with the
# agreed data. Once published, a member of another municipality reads it;
# an anonymous visitor still gets 404 (not public).
outbox_settled || fail "the outbox still has pending rows"
sign_in_as m member
sign_in_as c coordinator
sign_in_as org organiser
email=$(unique arnhem)@arnhem.example
new_user "$email" "Arie Arnhem" GM0202 member "$STACK_DEMO_PASSWORD"
sign_in a "$email" "$STACK_DEMO_PASSWORD"
assert_status 303
lid=$(sql "SELECT id FROM users WHERE email = '$(demo_email member)'")
cor=$(sql "SELECT id FROM users WHERE email = '$(demo_email coordinator)'")
orgn=$(sql "SELECT id FROM users WHERE email = '$(demo_email organiser)'")
title="Circulair asfalt in de Edese wijken $(unique p)"

practice_new m "$title"
p=$PRACTICE
rev=$(sql "SELECT working_revision_id FROM practices WHERE id = $p")
assert_eq "$(practice_state "$p")" "draft 0 0" "state after writing"
assert_eq "$(sql "SELECT CONCAT_WS('|', title, summary, year, category, value_band, created_by)
	FROM practice_revisions WHERE id = $rev")" \
	"$title|Een gemeente kocht circulair in.|2025|gww|215k-1m|$lid" "the draft revision"
assert_eq "$(sql "SELECT GROUP_CONCAT(aspect ORDER BY aspect) FROM practice_aspects WHERE revision_id = $rev")" \
	"hergebruik,kringloop" "its aspects"
assert_eq "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = 'practice.created' AND subject_id = $p
	AND actor_user_id = $lid")" 1 "audit rows practice.created"

http GET "/praktijk/$p"
assert_html_page 404
http_as a GET "/praktijk/$p"
assert_html_page 404
http_as m GET "/praktijk/$p?format=xml"
assert_status 200
assert_xpath "/page/practice/@shown" working
assert_xpath "/page/practice/@working-status" draft
assert_xpath "/page/practice/actions/@edit" yes
assert_xpath "count(/page/practice/actions/@submit)" 0

http_as m POST "/praktijk/$p/indienen" --data-urlencode "csrf=$(csrf m)"
assert_html_page 403
assert_eq "$(practice_state "$p")" "draft 0 0" "state after the member's submit"

# Submit.
http_as c POST "/praktijk/$p/indienen" --data-urlencode "csrf=$(csrf c)"
assert_status 303
assert_header Location "/praktijk/$p?klaar=practice.submitted"
assert_eq "$(practice_state "$p")" "submitted 0 0" "state after submitting"
assert_eq "$(sql "SELECT CONCAT(status, ' ', submitted_by) FROM practice_revisions WHERE id = $rev")" \
	"submitted $cor" "the revision after submitting"
assert_eq "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = 'practice.submitted' AND subject_id = $p
	AND actor_user_id = $cor")" 1 "audit rows practice.submitted"
uuid=$(practice_notice practice.submitted "$p")
[ -n "$uuid" ] || fail "no practice.submitted in the outbox"
webhook_once "$uuid" practice.submitted
body=$TEST_TMP/webhook-$uuid.json
organisers=$(sql "SELECT JSON_ARRAYAGG(email) FROM (SELECT email FROM users WHERE role = 'organiser'
	AND disabled_at IS NULL AND password_hash IS NOT NULL ORDER BY id) u")
assert_eq "$(json_at "$body" '["mail"]["to"]')" "$(python3 -m cimolt_test json-normal "$organisers")" \
	"practice.submitted goes to every active organiser"
assert_eq "$(json_at "$body" '["data"]')" \
	"$(python3 -c 'import json,sys; print(json.dumps({"practice":{"id":int(sys.argv[1]),"revision":int(sys.argv[2]),"title":sys.argv[3],"organisation":"Ede","status":"submitted"},"actor":{"id":int(sys.argv[4]),"name":"Cor Coördinator","organisation":"Ede"}}, ensure_ascii=False))' "$p" "$rev" "$title" "$cor")" \
	"practice.submitted data"
grep -qF "/beheer/praktijk/$p" <<<"$(json_at "$body" '["mail"]["text"]')" ||
	fail "the submitted mail does not link to the review page"

# The organisers see it in their queue.
http_as org GET "/beheer/praktijk?format=xml"
assert_status 200
assert_xpath "/page/practices/practice[@id='$p']/@working-status" submitted

# Publish.
http_as org POST "/beheer/praktijk/$p/publiceren" --data-urlencode "csrf=$(csrf org)"
assert_status 303
assert_header Location "/beheer/praktijk?klaar=practice.published"
assert_eq "$(practice_state "$p")" "none $rev 0" "state after publishing"
assert_eq "$(sql "SELECT CONCAT_WS('|', r.status, r.reviewed_by, p.published_at IS NOT NULL,
	p.first_published_at = p.published_at) FROM practices p JOIN practice_revisions r ON r.id = $rev
	WHERE p.id = $p")" "published|$orgn|1|1" "revision and practice after publishing"
# Its text is indexed as stems weighed by where they occur: title 4,
# summary 2 ("circulair" in both, "Edese" as "edes").
assert_eq "$(sql "SELECT GROUP_CONCAT(term, ':', weight ORDER BY term) FROM practice_terms
	WHERE practice_id = $p AND term IN ('asfalt', 'circulair', 'edes', 'gemeent', 'in')")" \
	"asfalt:4,circulair:6,edes:4,gemeent:2" "search terms after publishing"
assert_eq "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = 'practice.published' AND subject_id = $p
	AND actor_user_id = $orgn")" 1 "audit rows practice.published"
uuid=$(practice_notice practice.published "$p")
[ -n "$uuid" ] || fail "no practice.published in the outbox"
webhook_once "$uuid" practice.published
body=$TEST_TMP/webhook-$uuid.json
to=$(sql "SELECT JSON_ARRAYAGG(email) FROM (SELECT email FROM users WHERE (id = $lid OR (organisation_id =
	$(org_id GM0228) AND role = 'coordinator')) AND disabled_at IS NULL AND password_hash IS NOT NULL ORDER BY id) u")
assert_eq "$(json_at "$body" '["mail"]["to"]')" "$(python3 -m cimolt_test json-normal "$to")" \
	"practice.published goes to the author and Ede's coordinators"
assert_eq "$(json_at "$body" '["data"]["practice"]["status"]')" '"published"' "practice.published status"
assert_eq "$(json_at "$body" '["data"]["actor"]["id"]')" "$orgn" "practice.published actor"
assert_eq "$(sql "SELECT COUNT(*) FROM outbox WHERE JSON_VALUE(body, '$.data.practice.id') = $p")" 2 \
	"notices about the practice"

# Readers.
http_as a GET "/praktijk/$p?format=xml"
assert_status 200
assert_xpath "/page/practice/@shown" published
assert_xpath "/page/practice/revision/title" "$title"
assert_xpath "count(/page/practice/@working-status)" 0
http_as a GET "/praktijk/$p"
assert_html_page 200
assert_body_has "Circulair asfalt in de Edese wijken"
http GET "/praktijk/$p"
assert_html_page 404
