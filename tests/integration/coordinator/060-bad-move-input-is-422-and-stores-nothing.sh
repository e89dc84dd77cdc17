# The move form re-rendered with 422 and its messages, nothing stored
# (registrations, moves, outbox, audit): fields left empty, an address
# that is not one, the registration's own address, an address
# registered for the event already, and a second move while the first
# waits for its new person. A registration that is not confirmed cannot
# be moved.
new_event "capacity = 1"
ede=$(org_id GM0228)
registered anon "$EVENT" "$ede" "Anna Ede" "anna-$$@ede.example" Inkoper
anna=$(reg_by_token "$TOKEN" id)
registered anon "$EVENT" "$ede" "Wim Wacht" "wim-$$@ede.example" Inkoper
wim=$(reg_by_token "$TOKEN" id)
sign_in_as coord coordinator
move() { # ID NAME EMAIL JOB
	http_as coord POST "/gemeente/programma/$EVENT/$1/verplaatsen?format=xml" --data-urlencode "csrf=$(csrf coord)" \
		--data-urlencode "naam=$2" --data-urlencode "email=$3" --data-urlencode "functie=$4"
}

db_state "$TEST_TMP/before"
move "$anna" "" "" ""
assert_status 422
assert_eq "$(form_errors move)" "naam field.required
email field.required
functie field.required" "errors of the empty form"
move "$anna" "Piet Pers" "geen-adres" "Inkoper"
assert_status 422
assert_eq "$(form_errors move)" "email field.email" "errors of a bad address"
assert_xpath "/page/form[@name='move']/field[@name='naam']/@value" "Piet Pers"
move "$anna" "Anna Ede" "ANNA-$$@ede.example" "Inkoper"
assert_status 422
assert_eq "$(form_errors move)" "- coordinator.move.same" "errors of the registration's own address"
move "$anna" "Wim Wacht" "wim-$$@ede.example" "Inkoper"
assert_status 422
assert_eq "$(form_errors move)" "- coordinator.move.duplicate" "errors of an address registered already"
move "$wim" "Piet Pers" "piet-$$@ede.example" "Inkoper"
assert_status 422
assert_eq "$(form_errors move)" "- coordinator.move.not-confirmed" "errors of a waiting registration"
http_as coord POST "/gemeente/programma/$EVENT/$wim/verplaatsen" --data-urlencode "csrf=$(csrf coord)" \
	--data-urlencode "naam=Piet Pers" --data-urlencode "email=piet-$$@ede.example" --data-urlencode "functie=Inkoper"
assert_html_page 422
assert_message coordinator.move.not-confirmed
assert_db_unchanged "$TEST_TMP/before" "the refused moves"

move "$anna" "Piet Pers" "piet-$$@ede.example" "Inkoper"
assert_status 303
db_state "$TEST_TMP/before2"
move "$anna" "Karel Keer" "karel-$$@ede.example" "Inkoper"
assert_status 422
assert_eq "$(form_errors move)" "- coordinator.move.busy" "errors of a second move"
assert_db_unchanged "$TEST_TMP/before2" "the second move"
