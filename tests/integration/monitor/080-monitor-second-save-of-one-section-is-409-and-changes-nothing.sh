# Two colleagues on one section: Ede's coordinator and member both open
# the form of s-borging (version 1); the member saves first (303, version
# 2); the coordinator's save, still carrying version 1, gets 409 with the
# conflict message and the typed values back, and changes nothing: the
# answers are the member's, the version stays 2. The form that came back
# carries version 2, so saving it again is a choice, and works.
fresh_round GM0228 2026
sign_in_as c coordinator
sign_in_as m member
lid=$(sql "SELECT id FROM users WHERE email = '$(demo_email member)'")
monitor_save c 2026 s-borging s-borging-1=1
rd=$(round_of GM0228 2026)
assert_eq "$(section_version "$rd" s-borging)" 1 "the section's version after the first save"

monitor_form c 2026 s-borging
assert_xpath "/page/form[@name='section']/@version" 1
monitor_form m 2026 s-borging
assert_xpath "/page/form[@name='section']/@version" 1

monitor_send m 2026 s-borging s-borging-1=2 s-borging-2=2
assert_status 303
assert_header Location "/monitor/2026/s-borging?klaar=monitor.saved"
answers "$rd" >"$TEST_TMP/member-answers"
assert_eq "$(tr '\t' ' ' <"$TEST_TMP/member-answers")" "s-borging-1 2 0 0
s-borging-2 2 0 0" "answers after the member's save"
assert_eq "$(section_version "$rd" s-borging)" 2 "the section's version after the member's save"
monitor_tables >"$TEST_TMP/before"

# The coordinator's form still says version 1.
monitor_send c 2026 s-borging s-borging-1=4 s-borging-5=ja
assert_html_page 409
assert_message monitor.conflict
assert_monitor_unchanged "$TEST_TMP/before" "the coordinator's late save"
monitor_send c 2026 s-borging s-borging-1=4 s-borging-5=ja -- -H "Accept: application/xml"
assert_status 409
assert_eq "$(section_errors)" "- monitor.conflict" "the errors of the late save"
assert_xpath "/page/form[@name='section']/@version" 2
assert_eq "$(section_answers)" "s-borging-1 4
s-borging-2 NULL
s-borging-3 NULL
s-borging-4 NULL
s-borging-5 ja" "the answers the late save's form comes back with (as typed)"
assert_monitor_unchanged "$TEST_TMP/before" "the coordinator's late save (XML)"
assert_eq "$(sql "SELECT DISTINCT updated_by FROM answers WHERE round_id = $rd")" "$lid" "who answered"

# Saving the form that came back (version 2) is a choice, and works.
monitor_send c 2026 s-borging versie=2 s-borging-1=4 s-borging-5=ja
assert_status 303
assert_eq "$(answers "$rd" | tr '\t' ' ')" "s-borging-1 4 0 0
s-borging-5 ja 0 0" "answers after saving again"
assert_eq "$(section_version "$rd" s-borging)" 3 "the section's version after saving again"
