# [registration] org_domains = yes, and Ede's mail domain ede.example
# (cimolt-admin org domains): a confirmed address at ede.example is
# confirmed as usual; one elsewhere waits for Ede's coordinator (status
# approval, its status page says so, no notice to the organisers) and
# the coordinators get a registration.approval mail with the link to their
# page. The coordinator's page lists it; approving it confirms it, with
# the usual notices; refusing another cancels it, with none.
registration_config org_domains=yes
ede=$(org_id GM0228)
old=$(sql "SELECT mail_domains FROM organisations WHERE id = $ede")
on_exit "sql \"UPDATE organisations SET mail_domains = '$old' WHERE id = $ede\""
assert_eq "$(admin_cli org domains GM0228 ede.example)" "GM0228: ede.example" "cimolt-admin org domains"
new_event
inside=$(unique binnen)@ede.example outside=$(unique buiten)@elders.example other=$(unique ander)@elders.example
registered anon "$EVENT" "$ede" "Binnen Ede" "$inside" Inkoper
assert_eq "$(reg_of "$EVENT" "$inside" status)" confirmed "the registration at ede.example"

register anon "$EVENT" "$ede" "Buiten Ede" "$outside" Inkoper
pending "$EVENT" || fail "$REQ: status $STATUS"
confirm_registration anon "$outside"
assert_eq "$(reg_of "$EVENT" "$outside" "CONCAT(status, ' ', held)")" "approval 0" "the registration at elders.example"
http GET "$LINK?format=xml"
assert_xpath "/page/registration/@status" approval
out_id=$(reg_of "$EVENT" "$outside" id)
coordinator=$(demo_email coordinator)
notices "$EVENT" >"$TEST_TMP/notices"
assert_eq "$(awk -v id="$out_id" '$2 == id' "$TEST_TMP/notices")" "registration.approval $out_id approval $coordinator" \
	"notices about the registration awaiting approval"
assert_eq "$(sql "SELECT JSON_VALUE(body, '$.mail.to[0]') FROM outbox WHERE type = 'registration.approval'
	AND JSON_VALUE(body, '$.data.registration.id') = $out_id")" "$coordinator" "the approval mail's address"

sign_in coord "$coordinator" "$STACK_DEMO_PASSWORD"
http_as coord GET "/gemeente/aanmeldingen?format=xml"
assert_status 200
assert_xpath "count(/page/approvals/registration)" 1
assert_xpath "/page/approvals/registration/@email" "$outside"
http_as coord POST "/gemeente/aanmeldingen/$EVENT/$out_id/goedkeuren" --data-urlencode "csrf=$(csrf coord)"
assert_status 303
assert_eq "$(header Location)" "/gemeente/aanmeldingen?klaar=registration.approved" "Location"
assert_eq "$(reg_of "$EVENT" "$outside" status)" confirmed "the approved registration"
notices "$EVENT" >"$TEST_TMP/notices"
assert_eq "$(awk -v id="$out_id" '$2 == id' "$TEST_TMP/notices")" "registration.approval $out_id approval $coordinator
registration.created $out_id confirmed $NOTIFY
registration.confirmation $out_id confirmed $outside" "notices about the approved registration"

register anon "$EVENT" "$ede" "Ander Buiten" "$other" Inkoper
confirm_registration anon "$other"
other_id=$(reg_of "$EVENT" "$other" id)
http_as coord POST "/gemeente/aanmeldingen/$EVENT/$other_id/afwijzen" --data-urlencode "csrf=$(csrf coord)"
assert_status 303
assert_eq "$(reg_of "$EVENT" "$other" status)" cancelled "the refused registration"
notices "$EVENT" >"$TEST_TMP/notices"
assert_eq "$(awk -v id="$other_id" '$2 == id { print $1 }' "$TEST_TMP/notices")" "registration.approval" \
	"notices about the refused registration"
assert_counters "$EVENT" 2 0
