# A pending registration holds its place only for [registration]
# hold_hours. One place: Anna's registration holds it unconfirmed; Bram
# registers and confirms, and joins the waiting list. When Anna's hold
# is up (its hold_until moved to the past), the courier expires it within
# a few seconds, gives the place back and promotes Bram, with the usual
# notices. Anna's link then says the registration lapsed, and its button
# is gone; pressing it anyway changes nothing.
new_event "capacity = 1" "per_org_limit = NULL"
ede=$(org_id GM0228)
anna=$(unique anna)@ede.example bram=$(unique bram)@ede.example
register anon "$EVENT" "$ede" "Anna Later" "$anna" Inkoper
pending "$EVENT" || fail "$REQ: status $STATUS"
registered anon "$EVENT" "$ede" "Bram Bevestigd" "$bram" Inkoper
assert_eq "$(regs "$EVENT")" "$anna	pending	NULL
$bram	waiting	1" "registrations before the hold ends"
mail_link "$(verify_uuid "$anna")" aanmelding
anna_link=$LINK

sql "UPDATE registrations SET hold_until = UTC_TIMESTAMP() - INTERVAL 1 SECOND WHERE email = '$anna'"
wait_for 10 eval '[ "$(reg_of "$EVENT" "$anna" status)" = expired ]' ||
	fail "Anna's registration is '$(reg_of "$EVENT" "$anna" status)' 10 s after its hold ended, not expired"
assert_eq "$(regs "$EVENT")" "$anna	expired	NULL
$bram	confirmed	NULL" "registrations after the hold ended"
assert_eq "$(sql "SELECT CONCAT(confirmed_count, ' ', waiting_count, ' ', held_count) FROM events WHERE id = $EVENT")" \
	"1 0 0" "counters (confirmed, waiting, held)"
bram_id=$(reg_of "$EVENT" "$bram" id)
notices "$EVENT" >"$TEST_TMP/notices"
assert_eq "$(grep -v "^registration.c" "$TEST_TMP/notices")" "registration.promoted $bram_id confirmed $NOTIFY
registration.promotion $bram_id confirmed $bram" "notices of the promotion"

http GET "$anna_link?format=xml"
assert_status 200
assert_xpath "/page/registration/@status" expired
assert_xpath "count(/page/form)" 0
http_as anon POST "$anna_link/bevestigen" --data-urlencode "csrf=$(csrf anon)"
assert_status 303
assert_eq "$(reg_of "$EVENT" "$anna" status)" expired "Anna's registration after pressing the button"

