# Only the coordinator submits: a member of Ede gets the summary without a
# submit form, and a POST /monitor/2026/indienen with a valid token is
# 403 (the rendered page) and changes nothing: the round stays a draft,
# no scores, no audit row.
fresh_round GM0228 2026
sign_in_as m member
monitor_save m 2026 s-beleid s-beleid-1=2
rd=$(round_of GM0228 2026)

http_as m GET "/monitor/2026/indienen?format=xml"
assert_status 200
assert_xpath "count(/page/form[@name='submit'])" 0
assert_xpath "count(/page/unanswered)" 63
sign_in_as c coordinator
http_as c GET "/monitor/2026/indienen?format=xml"
assert_xpath "/page/form[@name='submit']/@action" /monitor/2026/indienen

monitor_tables >"$TEST_TMP/before"
audit=$(sql "SELECT COUNT(*) FROM audit_log")
http_as m POST /monitor/2026/indienen --data-urlencode "csrf=$(csrf m)"
assert_html_page 403
assert_monitor_unchanged "$TEST_TMP/before" "POST /monitor/2026/indienen as a member"
assert_eq "$(sql "SELECT status FROM rounds WHERE id = $rd")" draft "the round's status"
assert_eq "$(sql "SELECT COUNT(*) FROM scores WHERE round_id = $rd")" 0 "scores"
assert_eq "$(sql "SELECT COUNT(*) FROM audit_log")" "$audit" "audit rows"
