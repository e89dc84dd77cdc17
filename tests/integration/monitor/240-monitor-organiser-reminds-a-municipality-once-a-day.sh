# An organiser sends a municipality that has not submitted a reminder
# from the participation list (POST /beheer/deelname/2026/{id}/herinneren):
# 303 back with a notice, one monitor.reminder mail (kind manual) to each
# of its coordinators, an audit row; the list then says it was reminded
# today and offers no button. The same day again is 429 and sends
# nothing; a municipality that submitted, or has no coordinator, or a
# year without a deadline, is 409 and sends nothing.
fresh_round GM0228 2026
sign_in_as o organiser
ede=$(org_id GM0228)
org=$(sql "SELECT id FROM users WHERE email = '$(demo_email organiser)'")
remind() { http_as o POST "/beheer/deelname/2026/$1/herinneren" --data-urlencode "csrf=$(csrf o)"; }
since=$(outbox_mark)
sql "DELETE FROM monitor_years WHERE year = 2026"
remind "$ede"
assert_error_page 409
assert_eq "$(reminders_queued 2026 "$since")" "" "reminders without a deadline"

monitor_year_set 2026 "$(dutch_day -10)" "$(dutch_day 60)" ""
remind "$ede"
assert_status 303
assert_header Location "/beheer/deelname/2026?klaar=monitor.reminder-sent"
assert_eq "$(reminders_queued 2026 "$since")" "manual $(monitor_day) $(demo_email coordinator)" "the reminder queued"
assert_eq "$(sql "SELECT actor_user_id, action, subject_type, subject_id, detail FROM audit_log
	WHERE action = 'monitor.reminded' ORDER BY id DESC LIMIT 1" | tr '\t' ' ')" \
	"$org monitor.reminded organisation $ede 2026: 1" "the audit row"
http_as o GET "/beheer/deelname/2026?format=xml"
assert_eq "$(xpath "/page/participation/municipality[@id = $ede]/@reminded-today")" yes "Ede reminded today"
http_as o GET "/beheer/deelname/2026"
assert_html_page 200
assert_body_lacks "/beheer/deelname/2026/$ede/herinneren"

audit=$(sql "SELECT COUNT(*) FROM audit_log")
remind "$ede"
assert_error_page 429
remind "$(org_id GM0202)"	# Arnhem submitted
assert_error_page 409
remind "$(org_id GM0197)"	# Aalten has no account
assert_error_page 409
remind 999999
assert_error_page 409
assert_eq "$(reminders_queued 2026 "$since" | wc -l) $(sql "SELECT COUNT(*) FROM audit_log")" "1 $audit" \
	"reminders and audit rows after the refused ones"
