# An organiser returns a submitted practice: without a remark the review
# page comes back (422, the error at the remark field) and nothing
# changes; with one it answers 303, the revision is returned with the
# remark (audit-logged), and practice.returned reaches the webhook once,
# signed, to the author and Ede's coordinators with the remark in its
# data. Ede sees the remark; publishing a returned practice is 409. A
# member revises it (a new draft revision), the coordinator submits again.
outbox_settled || fail "the outbox still has pending rows"
sign_in_as m member
sign_in_as c coordinator
sign_in_as org organiser
orgn=$(sql "SELECT id FROM users WHERE email = '$(demo_email organiser)'")
title="Terugname van kantoormeubilair $(unique r)"
practice_new m "$title" category=kantoor-fm
p=$PRACTICE
rev=$(sql "SELECT working_revision_id FROM practices WHERE id = $p")
http_as c POST "/praktijk/$p/indienen" --data-urlencode "csrf=$(csrf c)"
assert_status 303

audit=$(sql "SELECT COUNT(*) FROM audit_log")
queued=$(sql "SELECT COUNT(*) FROM outbox")
for remark in "" "   "; do
	send_form org "/beheer/praktijk/$p/terugsturen" "remark=$remark" -- -H 'Accept: application/xml'
	assert_status 422
	assert_eq "$(form_errors practice-return)" "remark field.required" "errors without a remark"
	send_form org "/beheer/praktijk/$p/terugsturen" "remark=$remark"
	assert_html_page 422
done
assert_eq "$(practice_state "$p")" "submitted 0 0" "state after returning without a remark"
assert_eq "$(sql "SELECT COUNT(*) FROM audit_log")" "$audit" "audit rows"
assert_eq "$(sql "SELECT COUNT(*) FROM outbox")" "$queued" "outbox rows"

remark=$'Graag de gunningscriteria noemen.\nEn de looptijd van het contract.'
send_form org "/beheer/praktijk/$p/terugsturen" "remark=$remark"
assert_status 303
assert_header Location "/beheer/praktijk?klaar=practice.returned"
assert_eq "$(practice_state "$p")" "returned 0 0" "state after returning"
assert_eq "$(sql "SELECT CONCAT(status, ' ', reviewed_by) FROM practice_revisions WHERE id = $rev")" \
	"returned $orgn" "the revision"
assert_eq "$(sql "SELECT HEX(REPLACE(remark, '\r', '')) FROM practice_revisions WHERE id = $rev")" \
	"$(printf '%s' "$remark" | od -An -tx1 -v | tr -d ' \n' | tr a-f A-F)" "the stored remark"
assert_eq "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = 'practice.returned' AND subject_id = $p")" 1 \
	"audit rows practice.returned"
uuid=$(practice_notice practice.returned "$p")
[ -n "$uuid" ] || fail "no practice.returned in the outbox"
webhook_once "$uuid" practice.returned
body=$TEST_TMP/webhook-$uuid.json
assert_eq "$(json_at "$body" '["data"]["remark"]')" "$(python3 -m cimolt_test json-string "$remark")" \
	"the remark in the data"
assert_eq "$(json_at "$body" '["data"]["practice"]["status"]')" '"returned"' "status in the data"
grep -qF "Graag de gunningscriteria noemen." <<<"$(json_at "$body" '["mail"]["text"]')" ||
	fail "the mail text lacks the remark"
to=$(sql "SELECT JSON_ARRAYAGG(email) FROM (SELECT email FROM users WHERE (email = '$(demo_email member)'
	OR (organisation_id = $(org_id GM0228) AND role = 'coordinator')) AND disabled_at IS NULL
	AND password_hash IS NOT NULL ORDER BY id) u")
assert_eq "$(json_at "$body" '["mail"]["to"]')" "$(python3 -m cimolt_test json-normal "$to")" \
	"practice.returned recipients"

http_as m GET "/praktijk/$p?format=xml"
assert_xpath "/page/practice/@working-status" returned
assert_xpath "/page/practice/revision/remark" "$remark"
http_as org POST "/beheer/praktijk/$p/publiceren" --data-urlencode "csrf=$(csrf org)"
assert_html_page 409
assert_eq "$(practice_state "$p")" "returned 0 0" "state after publishing a returned practice"

# Revised and submitted again.
send_form m "/praktijk/$p/bewerken" "${PRACTICE_FIELDS[@]}" "title=$title (herzien)" category=kantoor-fm
assert_status 303
rev2=$(sql "SELECT working_revision_id FROM practices WHERE id = $p")
[ "$rev2" != "$rev" ] || fail "editing made no new revision"
assert_eq "$(sql "SELECT CONCAT(status, '|', title) FROM practice_revisions WHERE id = $rev2")" \
	"draft|$title (herzien)" "the new revision"
http_as c POST "/praktijk/$p/indienen" --data-urlencode "csrf=$(csrf c)"
assert_status 303
assert_eq "$(practice_state "$p")" "submitted 0 0" "state after submitting again"
