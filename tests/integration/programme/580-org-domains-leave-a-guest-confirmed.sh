# With [registration] org_domains = yes, a guest of an open event (no
# organisation, so no mail domains and no coordinator to approve) is
# confirmed once the link is used, not left waiting for an approval
# nobody can give; no registration.approval mail is queued.
registration_config org_domains=yes
new_event "open_to = 'everyone'" "per_org_limit = NULL"
email=$(unique gast)@bureau.example
registered anon "$EVENT" "" "Gido Gast" "$email" Adviseur --data-urlencode "gast_organisatie=Bureau Domein $$"
assert_eq "$(reg_of "$EVENT" "$email" "CONCAT(status, ' ', IFNULL(organisation_id, 'NULL'))")" "confirmed NULL" \
	"the guest's registration"
assert_eq "$(sql "SELECT COUNT(*) FROM outbox WHERE type = 'registration.approval'
	AND JSON_VALUE(body, '$.data.event.id') = $EVENT")" 0 "approval mails about the event"
