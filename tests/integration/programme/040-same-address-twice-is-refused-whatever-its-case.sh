# One e-mail address registers once per event, whatever its case: the
# address is stored in lower case, and a second registration with it
# (differently capitalised, from another municipality, or asking for the
# waiting list) gets 422 with the friendly message, and no second row or
# notice. Once the first is cancelled, the address may register again.
new_event
addr=Dubbel-$$@Ede.Example
lower=dubbel-$$@ede.example
registered anon "$EVENT" "$(org_id GM0228)" "Daan Dubbel" "$addr" Inkoper
first=$TOKEN
assert_eq "$(reg_by_token "$first" email)" "$lower" "the stored address"
rows=$(regs "$EVENT")
queued=$(sql "SELECT COUNT(*) FROM outbox")
for again in "$lower" "DUBBEL-$$@EDE.EXAMPLE" "$addr"; do
	register anon "$EVENT" "$(org_id GM0202)" "Daan Dubbel" "$again" Inkoper --data-urlencode wachtlijst=yes
	assert_html_page 422
	assert_message register.duplicate
	assert_body_has "value=\"$again\""
	assert_eq "$(regs "$EVENT")" "$rows" "registrations after $again again"
	assert_eq "$(sql "SELECT COUNT(*) FROM outbox")" "$queued" "outbox rows after $again again"
done
register anon "$EVENT" "$(org_id GM0228)" "Daan Dubbel" "$lower" Inkoper -H 'Accept: application/xml'
assert_status 422
assert_xpath "/page/form[@name='register']/error/@key" register.duplicate
assert_counters "$EVENT" 1 0

cancel_link anon "$first"
registered anon "$EVENT" "$(org_id GM0228)" "Daan Dubbel" "$addr" Inkoper
assert_eq "$(sql "SELECT COUNT(*) FROM registrations WHERE event_id = $EVENT AND email = '$lower'
	AND status <> 'cancelled'")" 1 "active registrations of $lower after registering again"
assert_counters "$EVENT" 1 0
