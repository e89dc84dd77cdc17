# A submitted round is locked: saving a section (with the current
# version) is 409 with the message that it was submitted and the typed
# values back, copying last year's answers and submitting again are 409
# too, and none of it changes the round, its answers, versions or scores.
fresh_round GM0228 2026
sign_in_as c coordinator
sign_in_as m member
monitor_save c 2026 s-beleid s-beleid-1=3 s-beleid-2=ja
http_as c POST /monitor/2026/indienen --data-urlencode "csrf=$(csrf c)"
assert_status 303
rd=$(round_of GM0228 2026)
assert_eq "$(sql "SELECT status FROM rounds WHERE id = $rd")" submitted "the round's status"
monitor_tables >"$TEST_TMP/before"

monitor_form m 2026 s-beleid
assert_xpath "/page/round/@status" submitted
monitor_send m 2026 s-beleid s-beleid-1=0 s-beleid-3=4
assert_html_page 409
assert_message monitor.is-submitted
assert_monitor_unchanged "$TEST_TMP/before" "saving a section of the submitted round"
monitor_send m 2026 s-beleid s-beleid-1=0 s-beleid-3=4 -- -H "Accept: application/xml"
assert_status 409
assert_eq "$(section_errors)" "- monitor.is-submitted" "the errors"
assert_eq "$(section_answers)" "s-beleid-1 0
s-beleid-2 ja
s-beleid-3 4
s-beleid-4 NULL" "the answers the form comes back with (as typed)"
monitor_form c 2026 s-beleid
monitor_send c 2026 s-beleid s-beleid-2=nee
assert_html_page 409
assert_monitor_unchanged "$TEST_TMP/before" "the coordinator saving a section of the submitted round"

http_as c POST /monitor/2026/vorig-jaar --data-urlencode "csrf=$(csrf c)"
assert_html_page 409
assert_monitor_unchanged "$TEST_TMP/before" "copying last year's answers into the submitted round"
http_as c POST /monitor/2026/indienen --data-urlencode "csrf=$(csrf c)"
assert_html_page 409
assert_monitor_unchanged "$TEST_TMP/before" "submitting the submitted round again"
