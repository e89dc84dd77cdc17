# The reminders of a monitor year go to the coordinators (who can sign
# in) of the municipalities that have not submitted that year's round,
# on the days the organisers set before the deadline, once each. The
# scheduler's job is run here with the clock moved (cimolt-admin monitor
# remind --date, the courier's job run once as on that day); the stack's
# own courier runs it meanwhile with today's date, when nothing is due.
# Deadline in 30 days, reminders 14 and 7 days before it:
#   15 days before: nothing; 14 days before: the 14-day reminder to Ede's
#   and Zutphen's coordinators, not to Arnhem's (submitted) nor Lochem's
#   (disabled); the same day again: nothing; 7 days before, the job run
#   twice at once: the 7-day reminder once each; after the deadline:
#   nothing. The mail (subject, text, link) is exact.
fresh_round GM0228 2026
assert_eq "$(sql "SELECT status FROM rounds WHERE year = 2026 AND organisation_id = $(org_id GM0202)")" submitted \
	"Arnhem's 2026 round (the demo data submits it)"
zutphen=$(unique zutphen)@zutphen.example
arnhem=$(unique arnhem)@arnhem.example
lochem=$(unique lochem)@lochem.example
new_user "$zutphen" "Zora Zutphen" GM0301 coordinator "$STACK_DEMO_PASSWORD"
new_user "$arnhem" "Aart Arnhem" GM0202 coordinator "$STACK_DEMO_PASSWORD"
new_user "$lochem" "Lot Lochem" GM0262 coordinator "$STACK_DEMO_PASSWORD"
gone="UPDATE users SET disabled_at = UTC_TIMESTAMP() WHERE email IN ('$zutphen', '$arnhem', '$lochem')"
on_exit "sql \"$gone\""
sql "UPDATE users SET disabled_at = UTC_TIMESTAMP() WHERE email = '$lochem'"
ede=$(demo_email coordinator)

deadline=$(dutch_day 30)
since=$(outbox_mark)
monitor_year_set 2026 "$(dutch_day)" "$deadline" "14,7"
remind() {
	out=$(admin_cli monitor remind --date "$(dutch_day "$1")" 2>"$TEST_TMP/remind.err") ||
		fail "cimolt-admin monitor remind --date $(dutch_day "$1") failed: $(tail -n 2 "$TEST_TMP/remind.err")"
	echo "$out"
}
sleep 11	# the stack's courier ran its job at least once, today
assert_eq "$(reminders_queued 2026 "$since")" "" "reminders 30 days before the deadline"
assert_eq "$(remind 15)" "0 municipalities reminded on $(dutch_day 15)" "the job 15 days before"
assert_eq "$(reminders_queued 2026 "$since")" "" "reminders 15 days before the deadline"

assert_eq "$(remind 16)" "2 municipalities reminded on $(dutch_day 16)" "the job 14 days before"
assert_eq "$(reminders_queued 2026 "$since" | sort)" "$(printf 'schedule 14 %s\n' "$ede" "$zutphen" | sort)" \
	"the 14-day reminders"
assert_eq "$(remind 16)" "0 municipalities reminded on $(dutch_day 16)" "the job on the same day again"

# Run twice at once, 7 days before.
admin_cli monitor remind --date "$(dutch_day 23)" >"$TEST_TMP/a" 2>/dev/null &
a=$!
admin_cli monitor remind --date "$(dutch_day 23)" >"$TEST_TMP/b" 2>/dev/null &
b=$!
wait "$a" || fail "the first of two jobs at once failed"
wait "$b" || fail "the second of two jobs at once failed"
assert_eq "$(($(cut -d' ' -f1 "$TEST_TMP/a") + $(cut -d' ' -f1 "$TEST_TMP/b")))" 2 \
	"municipalities reminded by two jobs at once ($(cat "$TEST_TMP/a") / $(cat "$TEST_TMP/b"))"
assert_eq "$(reminders_queued 2026 "$since" | sort)" "$(printf 'schedule %s %s\n' 14 "$ede" 14 "$zutphen" 7 "$ede" 7 "$zutphen" | sort)" \
	"the reminders after the 7-day ones"
assert_eq "$(remind 31)" "0 municipalities reminded on $(dutch_day 31)" "the job after the deadline"
assert_eq "$(sql "SELECT o.cbs_code, m.kind, m.slot FROM monitor_reminders m JOIN organisations o ON o.id = m.organisation_id
	WHERE m.year = 2026 ORDER BY o.cbs_code, m.slot" | tr '\t' ' ')" "GM0228 schedule 7
GM0228 schedule 14
GM0301 schedule 7
GM0301 schedule 14" "the reminders recorded"

# The mail, as Ede's coordinator gets it.
stack_sql -N -B --raw "$STACK_DB_NAME" -e "SELECT JSON_VALUE(body, '$.mail.subject'), '|', JSON_VALUE(body, '$.mail.text')
	FROM outbox WHERE type = 'monitor.reminder' AND id > $since AND JSON_VALUE(body, '$.mail.to[0]') = '$ede'
	AND JSON_VALUE(body, '$.data.slot') = 14" >"$TEST_TMP/mail"
d=$(date -d "$deadline" +%-d)
m=$(python3 -c "import sys; print(['januari','februari','maart','april','mei','juni','juli','augustus','september','oktober','november','december'][int(sys.argv[1]) - 1])" "$(date -d "$deadline" +%-m)")
y=$(date -d "$deadline" +%Y)
assert_eq "$(cat "$TEST_TMP/mail")" "Herinnering: de monitor 2026 sluit op $d $m $y	|	Beste Cor Coördinator,

De monitor circulair inkopen 2026 van Ede is nog niet ingediend. De deadline is $d $m $y, over 14 dagen. U kunt de monitor hier verder invullen en indienen:

$STACK_URL/monitor/2026

Met vriendelijke groet, het programmateam Circulair Inkopen Gelderland (CIMoLT)" "the 14-day reminder mail to Ede's coordinator"
