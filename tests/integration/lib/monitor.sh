# tests/integration/lib/monitor.sh: the monitor: questionnaires, rounds,
# answers and scores (loaded by tests/integration/run).
#
# The demo data (dev/lib/stack.sh) has the 2026 questionnaire and a 2025
# copy, submitted rounds of a few municipalities for both years, a
# submitted 2025 round of Ede and none of Ede for 2026. Tests that fill in
# Ede's 2026 round remove it before and after (fresh_round); tests that
# need questionnaires of their own use years no demo data uses (2031 on)
# and remove them afterwards (forget_year).

# qn_copy YEAR [VERSION [SED EXPRESSION...]]: a copy of the shipped
# questionnaire for YEAR (and VERSION, default 1) with the sed expressions
# applied; prints its path ($TEST_TMP/questionnaire-YEAR-VERSION.xml).
qn_copy() {
	local year=$1 version=${2:-1} out e args=()
	shift $(($# < 2 ? $# : 2))
	out=$TEST_TMP/questionnaire-$year-$version.xml
	for e in "$@"; do args+=(-e "$e"); done
	sed -e "s/ year=\"2026\" version=\"1\">/ year=\"$year\" version=\"$version\">/" "${args[@]}" \
		"$STACK_ROOT/schema/questionnaire-2026.xml" >"$out" || fail "cannot write $out"
	printf '%s\n' "$out"
}

# forget_year YEAR: remove the rounds (with their answers, sections and
# scores) and the questionnaires of YEAR, which a test made.
forget_year() {
	sql "DELETE FROM rounds WHERE year = $1; DELETE FROM questionnaires WHERE year = $1"
}

# own_year YEAR: YEAR is this test's: no questionnaire or round of it
# exists now, and whatever the test makes of it is removed at the end.
own_year() {
	forget_year "$1" || fail "cannot clear the year $1"
	on_exit "forget_year $1"
}

# round_of CBS_CODE YEAR: the id of the organisation's round of YEAR ("" when none).
round_of() {
	sql "SELECT r.id FROM rounds r JOIN organisations o ON o.id = r.organisation_id
		WHERE o.cbs_code = '$1' AND r.year = $2"
}

# fresh_round CBS_CODE YEAR: remove the organisation's round of YEAR now
# and when the test ends (the demo leaves Ede's 2026 round to be made).
fresh_round() {
	sql "DELETE FROM rounds WHERE year = $2 AND organisation_id = $(org_id "$1")" ||
		fail "cannot remove the $2 round of $1"
	on_exit "sql \"DELETE FROM rounds WHERE year = $2 AND organisation_id = $(org_id "$1")\""
}

# answers ROUND: its answers, one line each in question order:
# question value(NULL when none) dont_know prefilled, tab-separated.
answers() {
	sql "SELECT question_id, IFNULL(value, 'NULL'), dont_know, prefilled FROM answers
		WHERE round_id = $1 ORDER BY question_id"
}

# section_version ROUND SECTION: round_sections.version ("" when no row).
section_version() {
	sql "SELECT version FROM round_sections WHERE round_id = $1 AND section_id = '$2'"
}

# monitor_form JAR YEAR SECTION: open the section's form as the visitor of
# JAR (GET ...?format=xml, 200) and keep what its form would post: versie
# (the section version) and every answer as the page shows it (a value,
# "?" for don't know of the kinds one picks, NAME-weetniet=ja for don't
# know of a number, percentage or text). monitor_send posts it.
monitor_form() {
	http_as "$1" GET "/monitor/$2/$3?format=xml"
	assert_status 200
	python3 -m cimolt_test monitor-form "$TEST_TMP/body" >"$TEST_TMP/form-$1-$2-$3" || fail "$REQ: no section form"
}

# monitor_send JAR YEAR SECTION [NAME=VALUE | -NAME ...] [-- CURL ARGS...]:
# POST the form monitor_form kept, with NAME=VALUE set (added or
# replaced) and -NAME left out, and a valid csrf token. Sets STATUS like
# http. (-- -H "Accept: application/xml" gets the page document.)
monitor_send() {
	local j=$1 path=/monitor/$2/$3 kept=$TEST_TMP/form-$1-$2-$3 args=() sets=() curl_args=()
	shift 3
	while [ $# -gt 0 ]; do
		if [ "$1" = -- ]; then shift; curl_args=("$@"); break; fi
		sets+=("$1")
		shift
	done
	[ -f "$kept" ] || fail "monitor_send $path before monitor_form"
	python3 -m cimolt_test monitor-send-args "$kept" "${sets[@]}" >"$TEST_TMP/form-args"
	mapfile -d '' args <"$TEST_TMP/form-args"
	http_as "$j" POST "$path" --data-urlencode "csrf=$(csrf "$j")" "${args[@]}" "${curl_args[@]}"
}

# monitor_save JAR YEAR SECTION [NAME=VALUE | -NAME ...]: open the form,
# post it with these changes; the save must succeed (303 back to the
# section with ?klaar=monitor.saved).
monitor_save() {
	monitor_form "$1" "$2" "$3"
	monitor_send "$@"
	assert_status 303
	assert_header Location "/monitor/$2/$3?klaar=monitor.saved"
}

# section_errors: the errors of the section form in the (XML) body, one
# line each in document order: "QUESTION KEY ARG ARG2" (the args when
# given), or "- KEY" for the form's own.
section_errors() {
	xmllint --xpath '/page/form[@name="section"]/error' "$TEST_TMP/body" 2>/dev/null |
		python3 -m cimolt_test section-errors
}

# section_answers: the answers of the section form in the (XML) body, one
# line each in document order: "QUESTION VALUE" (NULL when none), then
# " dont-know" and " prefilled" when so marked.
section_answers() {
	xmllint --xpath '/page/form[@name="section"]/answer' "$TEST_TMP/body" 2>/dev/null |
		python3 -m cimolt_test section-answers
}

# question_text ID [FILE]: the Dutch text of question ID of the
# questionnaire FILE (default the shipped one).
question_text() {
	python3 -m cimolt_test question-text "${2:-$STACK_ROOT/schema/questionnaire-2026.xml}" "$1"
}

# assert_question_error QUESTION TEXT: the (HTML) body shows TEXT as the
# error of QUESTION, next to it: in the element q-QUESTION-error, which
# the question's control (its input, textarea or fieldset, id q-QUESTION)
# names in aria-describedby.
assert_question_error() {
	python3 -m cimolt_test question-error "$TEST_TMP/body" "$1" "$2" || fail "$REQ: the error of question $1"
}

# monitor_tables: what filling in can change, for assert_unchanged_since:
# the rounds, answers (without when), section versions and scores.
monitor_tables() {
	sql "SELECT id, organisation_id, year, questionnaire_id, status, IFNULL(submitted_at, 'NULL'),
		IFNULL(submitted_by, 'NULL') FROM rounds ORDER BY id"
	echo "-- answers"
	sql "SELECT round_id, question_id, IFNULL(value, 'NULL'), dont_know, prefilled,
		IFNULL(updated_by, 'NULL') FROM answers ORDER BY round_id, question_id"
	echo "-- round_sections"
	sql "SELECT round_id, section_id, version, IFNULL(updated_by, 'NULL') FROM round_sections
		ORDER BY round_id, section_id"
	echo "-- scores"
	sql "SELECT round_id, scope, scope_key, IFNULL(score, 'NULL'), answered, total FROM scores
		ORDER BY round_id, scope, scope_key"
	echo "-- questionnaires"
	sql "SELECT id, year, version, checksum FROM questionnaires ORDER BY id"
}

# assert_monitor_unchanged FILE WHAT: monitor_tables gives what FILE holds.
assert_monitor_unchanged() {
	monitor_tables >"$TEST_TMP/monitor-after" 2>&1
	diff -u "$1" "$TEST_TMP/monitor-after" >"$TEST_TMP/monitor-diff" ||
		fail "$2 changed the monitor's tables: $(grep '^[-+][^-+]' "$TEST_TMP/monitor-diff" | head -n 6 | tr '\n' ' ')"
}

# unconfirmed_sections JAR YEAR: the ids of the sections of the round of
# YEAR that still have answers copied from last year and not confirmed,
# as the round page (GET /monitor/YEAR?format=xml) lists them, one a line.
unconfirmed_sections() {
	http_as "$1" GET "/monitor/$2?format=xml"
	assert_status 200
	xmllint --xpath '/page/round/section[@unconfirmed]/@id' "$TEST_TMP/body" 2>/dev/null |
		sed -e 's/^ *id="//' -e 's/"$//'
}

# monitor_confirm_all JAR YEAR: confirm every section with copied answers
# (save it as shown with gecontroleerd=ja, "Ik heb deze antwoorden
# gecontroleerd"), so that the round can be submitted.
monitor_confirm_all() {
	local s
	for s in $(unconfirmed_sections "$1" "$2"); do
		monitor_save "$1" "$2" "$s" gecontroleerd=ja
	done
	[ -z "$(unconfirmed_sections "$1" "$2")" ] || fail "sections left unconfirmed after confirming all"
}

# dutch_day [DAYS]: the date in Dutch time DAYS (default 0) from today,
# YYYY-MM-DD: the day the monitor's deadlines and reminders count in.
dutch_day() { TZ=Europe/Amsterdam date -d "${1:-0} days" +%F; }

# monitor_year_set YEAR OPENS DEADLINE DAYS: the settings of a monitor
# year as the organisers' form stores them (written here directly); they,
# the year's reminders and any reminder mail still pending go when the
# test ends, so no courier reminds anyone for it afterwards.
monitor_year_set() {
	sql "REPLACE INTO monitor_years (year, opens_on, deadline, reminder_days, updated_at)
		VALUES ($1, '$2', '$3', '$4', UTC_TIMESTAMP())" || fail "cannot set the monitor year $1"
	on_exit "forget_monitor_year $1"
}

# forget_monitor_year YEAR: remove what monitor_year_set made, and the
# reminders of YEAR sent meanwhile (their mails stop if still pending).
forget_monitor_year() {
	sql "DELETE FROM monitor_years WHERE year = $1; DELETE FROM monitor_reminders WHERE year = $1;
		UPDATE outbox SET status = 'failed' WHERE type = 'monitor.reminder' AND status = 'pending'"
}

# outbox_mark: the newest outbox row's id, for reminders_queued.
outbox_mark() { sql "SELECT IFNULL(MAX(id), 0) FROM outbox"; }

# reminders_queued YEAR SINCE: the reminder mails of YEAR queued after the
# outbox row SINCE (outbox_mark), one line each, oldest first:
# "KIND SLOT RECIPIENT".
reminders_queued() {
	sql "SELECT JSON_VALUE(body, '$.data.kind'), JSON_VALUE(body, '$.data.slot'),
		JSON_VALUE(body, '$.mail.to[0]') FROM outbox WHERE type = 'monitor.reminder'
		AND JSON_VALUE(body, '$.data.year') = $1 AND id > $2 ORDER BY id" | tr '\t' ' '
}

# monitor_day: today's number (days since 1970-01-01, Dutch date), the
# slot of an organiser's reminder sent today.
monitor_day() { echo $(( $(date -u -d "$(dutch_day) 00:00 UTC" +%s) / 86400 )); }
