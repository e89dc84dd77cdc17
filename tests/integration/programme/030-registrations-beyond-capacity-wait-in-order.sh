# An event with 3 places: the first 3 registrations (each from another
# municipality) are confirmed; the next 3 go on the waiting list in the
# order they came, without being asked (no wachtlijst field), with
# positions 1, 2, 3 on their status pages; the event says it is full and
# its counters equal the rows.
new_event "capacity = 3"
codes=(GM0200 GM0202 GM0203 GM0228 GM0268 GM0289)
tokens=()
for i in 0 1 2 3 4 5; do
	registered anon "$EVENT" "$(org_id "${codes[i]}")" "Deelnemer $i" "deelnemer$i-$$@gelderland.example" Inkoper
	tokens[i]=$TOKEN
done
want="deelnemer0-$$@gelderland.example confirmed NULL
deelnemer1-$$@gelderland.example confirmed NULL
deelnemer2-$$@gelderland.example confirmed NULL"
got=$(regs "$EVENT" | head -n 3 | tr '\t' ' ')
assert_eq "$got" "$want" "the first three"
# Waiting, in the order they came: increasing waiting_seq.
got=$(sql "SELECT email FROM registrations WHERE event_id = $EVENT AND status = 'waiting'
	ORDER BY waiting_seq" | tr '\n' ' ')
assert_eq "$got" "deelnemer3-$$@gelderland.example deelnemer4-$$@gelderland.example deelnemer5-$$@gelderland.example " \
	"the waiting list by waiting_seq"
assert_counters "$EVENT" 3 3
for i in 3 4 5; do
	http GET "/aanmelding/${tokens[i]}?format=xml"
	assert_status 200
	assert_xpath "/page/registration/@status" waiting
	assert_xpath "/page/registration/@position" $((i - 2))
done
http GET "/programma/$EVENT?format=xml"
assert_status 200
assert_xpath "/page/event/@registration" full
assert_xpath "/page/event/places-left" 0
assert_xpath "/page/event/waiting" 3
