# Counts are never stale: a place held by a pending registration whose
# time is up is free for the next decision about the event, even while
# the courier (which expires holds every second) is stopped. One place:
# Dora's pending registration holds it; with the courier stopped (SIGSTOP)
# and Dora's hold_until in the past, Eva's registration finds the place
# and holds it, and Dora's is expired in the same transaction.
new_event "capacity = 1" "per_org_limit = NULL"
ede=$(org_id GM0228)
dora=$(unique dora)@ede.example eva=$(unique eva)@ede.example
register anon "$EVENT" "$ede" "Dora Draalt" "$dora" Inkoper
pending "$EVENT" || fail "$REQ: status $STATUS"
c=$(courier)
[ -n "$c" ] || fail "no courier process"
kill -STOP "$c" || fail "cannot stop the courier"
on_exit "kill -CONT $c"
sql "UPDATE registrations SET hold_until = UTC_TIMESTAMP() - INTERVAL 1 SECOND WHERE email = '$dora'"
sleep 1.5
assert_eq "$(reg_of "$EVENT" "$dora" status)" pending "Dora's registration while the courier is stopped"
register anon "$EVENT" "$ede" "Eva Eerder" "$eva" Inkoper
pending "$EVENT" || fail "$REQ: status $STATUS"
assert_eq "$(sql "SELECT CONCAT(email, ' ', status, ' ', held) FROM registrations WHERE event_id = $EVENT ORDER BY id")" \
	"$dora expired 0
$eva pending 1" "registrations (email, status, held)"
assert_eq "$(sql "SELECT CONCAT(confirmed_count, ' ', waiting_count, ' ', held_count) FROM events WHERE id = $EVENT")" \
	"0 0 1" "counters (confirmed, waiting, held)"
