# A signed-in member who registers with their own account's address
# (confirmed when the account was made) is registered at once: 303 to the
# status page, confirmed, no link mailed, the organisers notified. The
# same member registering a colleague's address gets the check-mail page
# like anyone: pending, and only a link goes out, to the colleague.
new_event
ede=$(org_id GM0228)
sign_in member "$(demo_email member)" "$STACK_DEMO_PASSWORD"
own=$(demo_email member)
on_exit "sql \"DELETE FROM registrations WHERE event_id = $EVENT\""
register member "$EVENT" "$ede" "Lid van Ede" "${own^^}" Inkoper
[ -n "$TOKEN" ] || fail "$REQ: status $STATUS, Location '$(header Location)', expected 303 to /aanmelding/TOKEN"
assert_eq "$(reg_by_token "$TOKEN" "CONCAT(email, ' ', status, ' ', verified_at IS NOT NULL)")" "$own confirmed 1" \
	"the member's own registration"
assert_eq "$(verify_uuid "$own")" "" "links mailed to the member"
notices "$EVENT" >"$TEST_TMP/notices"
assert_eq "$(cut -d' ' -f1,3 "$TEST_TMP/notices" | tr '\n' ';')" "registration.created confirmed;registration.confirmation confirmed;" \
	"notices about the member's registration"

colleague=$(unique collega)@ede.example
register member "$EVENT" "$ede" "Collega van Lid" "$colleague" Inkoper
pending "$EVENT" || fail "$REQ: status $STATUS, Location '$(header Location)', expected the check-mail page"
assert_eq "$(reg_of "$EVENT" "$colleague" status)" pending "the colleague's registration"
[ -n "$(verify_uuid "$colleague")" ] || fail "no link mailed to the colleague"
