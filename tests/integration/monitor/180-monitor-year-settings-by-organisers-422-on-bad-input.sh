# An organiser sets a monitor year's opening day, deadline and reminders
# on /beheer/monitor (POST /beheer/monitor/instellingen): stored with the
# reminder days normalised (largest first, each once), audit-logged, 303
# back with a notice; the year's settings are listed. Bad input is 422
# with the form and a message at each bad field, and nothing stored: a
# year without a questionnaire, a date that is no day, a deadline before
# the opening day, reminder days out of range, repeated or not numbers.
sign_in_as o organiser
own_year 2033
on_exit "forget_monitor_year 2026"
sql "DELETE FROM monitor_years WHERE year = 2026"
org=$(sql "SELECT id FROM users WHERE email = '$(demo_email organiser)'")
save() {
	http_as o POST /beheer/monitor/instellingen --data-urlencode "csrf=$(csrf o)" "$@"
}
save -d jaar=2026 -d opent=2026-01-15 -d deadline=2026-03-31 --data-urlencode "herinneringen= 7, 14,1 "
assert_status 303
assert_header Location "/beheer/monitor?klaar=monitor.year-saved"
assert_eq "$(sql "SELECT year, opens_on, deadline, reminder_days, updated_by FROM monitor_years" | tr '\t' ' ')" \
	"2026 2026-01-15 2026-03-31 14,7,1 $org" "the stored settings"
assert_eq "$(sql "SELECT actor_user_id, action, subject_type, subject_id, detail FROM audit_log
	WHERE action = 'monitor.year-saved' ORDER BY id DESC LIMIT 1" | tr '\t' ' ')" \
	"$org monitor.year-saved monitor_year 2026 2026-01-15 2026-03-31 14,7,1" "the audit row"
http_as o GET "/beheer/monitor?format=xml"
assert_status 200
assert_eq "$(xpath 'count(/page/years/year)') $(xpath '/page/years/year/@opens') $(xpath '/page/years/year/@deadline') $(xpath '/page/years/year/@days')" \
	"1 2026-01-15 2026-03-31 14,7,1" "the years listed"
assert_eq "$(xpath '/page/form[@name = "monitor-year"]/field[@name = "deadline"]/@value')" "2026-03-31" \
	"the form shows the newest year's deadline"

# No reminders is allowed too.
save -d jaar=2026 -d opent=2026-01-15 -d deadline=2026-01-15 -d herinneringen=
assert_status 303
assert_eq "$(sql "SELECT deadline, reminder_days FROM monitor_years WHERE year = 2026" | tr '\t' ' ')" "2026-01-15 " \
	"a deadline on the opening day, no reminders"

bad() {
	local want=$1
	shift
	tables=$(sql "SELECT * FROM monitor_years ORDER BY year; SELECT COUNT(*) FROM audit_log")
	save "$@" -H "Accept: application/xml"
	assert_status 422
	assert_eq "$(xmllint --xpath '/page/form[@name = "monitor-year"]/field/error' "$TEST_TMP/body" 2>/dev/null |
		python3 -c 'import re, sys; print(" ".join(re.findall(r"key=\"([^\"]+)\"", sys.stdin.read())))')" "$want" "errors for $*"
	assert_eq "$(sql "SELECT * FROM monitor_years ORDER BY year; SELECT COUNT(*) FROM audit_log")" "$tables" "stored after $*"
}
bad "monitor.year.unknown" -d jaar=2033 -d opent=2033-01-01 -d deadline=2033-02-01 -d herinneringen=7
bad "monitor.year.unknown" -d jaar=twee -d opent=2026-01-01 -d deadline=2026-02-01
bad "field.date field.date" -d jaar=2026 -d opent=2026-02-30 -d deadline=31-03-2026
bad "monitor.year.deadline-before-opening" -d jaar=2026 -d opent=2026-03-01 -d deadline=2026-02-28
bad "monitor.year.days" -d jaar=2026 -d opent=2026-01-01 -d deadline=2026-02-01 -d herinneringen=0
bad "monitor.year.days" -d jaar=2026 -d opent=2026-01-01 -d deadline=2026-02-01 -d herinneringen=7,7
bad "monitor.year.days" -d jaar=2026 -d opent=2026-01-01 -d deadline=2026-02-01 -d herinneringen=366
bad "monitor.year.days" -d jaar=2026 -d opent=2026-01-01 -d deadline=2026-02-01 -d herinneringen=1,2,3,4,5,6,7,8,9
bad "monitor.year.days" -d jaar=2026 -d opent=2026-01-01 -d deadline=2026-02-01 --data-urlencode "herinneringen=een week"
bad "field.required field.required field.required" -d herinneringen=7
save -d jaar=2026 -d opent=2026-03-01 -d deadline=2026-02-28
assert_html_page 422
