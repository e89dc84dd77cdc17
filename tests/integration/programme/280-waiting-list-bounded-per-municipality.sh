# [registration] waitlist_max = 2: a municipality has at most 2 on an
# event's waiting list, counting the registrations still to be confirmed
# that would join it. One place, taken by Ede: two more from Ede join
# the waiting list (one confirmed, one still pending); the next one from
# Ede gets 422, the form again with the message that names the bound (2),
# and nothing is stored or mailed. Another municipality still joins.
registration_config waitlist_max=2
new_event "capacity = 1" "per_org_limit = NULL"
ede=$(org_id GM0228) zutphen=$(org_id GM0301)
registered anon "$EVENT" "$ede" "Eerste Ede" "$(unique w1)@ede.example" Inkoper
registered anon "$EVENT" "$ede" "Tweede Ede" "$(unique w2)@ede.example" Inkoper
register anon "$EVENT" "$ede" "Derde Ede" "$(unique w3)@ede.example" Inkoper
pending "$EVENT" || fail "$REQ: status $STATUS, Location '$(header Location)'"
assert_eq "$(sql "SELECT CONCAT(status, ' ', held) FROM registrations WHERE event_id = $EVENT ORDER BY id")" \
	"confirmed 0
waiting 0
pending 0" "registrations of Ede (status, held)"
rows=$(regs "$EVENT")
queued=$(sql "SELECT COUNT(*) FROM outbox")
fourth=$(unique w4)@ede.example
register anon "$EVENT" "$ede" "Vierde Ede" "$fourth" Inkoper
assert_html_page 422
assert_message register.waitlist-full "" 2
assert_body_has "value=\"$fourth\""
register anon "$EVENT" "$ede" "Vierde Ede" "$fourth" Inkoper -H 'Accept: application/xml'
assert_status 422
assert_xpath "/page/form[@name='register']/error/@key" register.waitlist-full
assert_xpath "/page/form[@name='register']/error/@arg" 2
assert_eq "$(regs "$EVENT")" "$rows" "registrations after the refused one"
assert_eq "$(sql "SELECT COUNT(*) FROM outbox")" "$queued" "outbox rows after the refused one"
registered anon "$EVENT" "$zutphen" "Zutphen Wacht" "$(unique w5)@zutphen.example" Inkoper
assert_counters "$EVENT" 1 2
