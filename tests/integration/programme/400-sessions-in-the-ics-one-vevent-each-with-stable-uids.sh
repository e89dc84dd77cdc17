# An event of several sessions, made and edited on the organisers' form
# (rows: starts_at/ends_at/place, then starts_at_N/ends_at_N/place_N),
# is one VEVENT per session in /programma/ID.ics, read back with the
# icalendar parser: DTSTART/DTEND in Europe/Amsterdam, each session's own
# LOCATION, a UID per session that stays the same when the session's time
# or place changes (and when other sessions come or go), and SEQUENCE
# rising with every saved change: 0, then 1, 2, 3. The event's own
# starts_at/ends_at/place stay the first start, the last end and the
# first place.
py=$(ical_python)
sign_in_as org organiser
post_form org /beheer/programma/nieuw event "title=Tweedaagse $$" audience=monitor status=open \
	starts_at=2027-05-18T09:00 ends_at=2027-05-18T12:30 "place=Provinciehuis, Arnhem" \
	starts_at_2=2027-05-25T09:00 ends_at_2=2027-05-25T12:30 "place_2=Stadhuis, Ede" \
	capacity=30 "notify_emails=$NOTIFY"
assert_status 303
ev=$(event_id_of_location)
[ -n "$ev" ] || fail "no event id in Location $(header Location)"
on_exit "drop_event $ev"
assert_eq "$(sql "SELECT starts_at, ends_at, place, ics_sequence FROM events WHERE id = $ev" | tr '\t' '|')" \
	"2027-05-18 09:00:00|2027-05-25 12:30:00|Provinciehuis, Arnhem|0" "the event's span"

# ics EXPECTED...: the calendar parsed back: per VEVENT "UID|START|END|LOCATION|SEQUENCE".
ics() {
	http GET "/programma/$ev.ics"
	assert_status 200
	assert_header Content-Type "text/calendar; charset=utf-8"
	"$py" - "$TEST_TMP/body" <<'PY' || fail "/programma/$ev.ics does not parse"
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
assert str(cal.get("METHOD")) == "PUBLISH", cal.get("METHOD")
for v in cal.walk("VEVENT"):
    s, e = v.decoded("DTSTART"), v.decoded("DTEND")
    assert str(s.tzinfo) == "Europe/Amsterdam" and str(e.tzinfo) == "Europe/Amsterdam", (s.tzinfo, e.tzinfo)
    print("%s|%s|%s|%s|%s" % (v.get("UID"), s.strftime("%Y-%m-%d %H:%M %z"), e.strftime("%Y-%m-%d %H:%M %z"),
                              v.get("LOCATION"), v.decoded("SEQUENCE")))
PY
}
host=${STACK_URL#*://}
host=${host%%[:/]*}
uid1=$(session_uids "$ev" | sed -n 1p)
uid2=$(session_uids "$ev" | sed -n 2p)
assert_eq "$uid1" "cimolt-event-$ev-${uid1#cimolt-event-$ev-}" "the first session's UID"
[ "$uid1" != "$uid2" ] && [ -n "$uid2" ] || fail "two sessions, two UIDs: '$uid1' '$uid2'"
assert_eq "$(ics)" "$uid1@$host|2027-05-18 09:00 +0200|2027-05-18 12:30 +0200|Provinciehuis, Arnhem|0
$uid2@$host|2027-05-25 09:00 +0200|2027-05-25 12:30 +0200|Stadhuis, Ede|0" "the calendar as made"

# The form shows the sessions in start order, and two blank rows.
http_as org GET "/beheer/programma/$ev/bewerken?format=xml"
assert_eq "$(field_value event starts_at)|$(field_value event ends_at)|$(field_value event starts_at_2)|$(field_value event place_2)" \
	"2027-05-18T09:00|2027-05-18T12:30|2027-05-25T09:00|Stadhuis, Ede" "the form's rows"
assert_eq "$(xpath "count(/page/form[@name='event']/field[@row])")" 9 "rows 2 to 4, three fields each"

# The second morning moves to the afternoon and to Arnhem: same UID.
post_form org "/beheer/programma/$ev/bewerken" event starts_at_2=2027-05-25T13:30 ends_at_2=2027-05-25T17:00 \
	"place_2=Provinciehuis, Arnhem"
assert_status 303
assert_eq "$(ics)" "$uid1@$host|2027-05-18 09:00 +0200|2027-05-18 12:30 +0200|Provinciehuis, Arnhem|1
$uid2@$host|2027-05-25 13:30 +0200|2027-05-25 17:00 +0200|Provinciehuis, Arnhem|1" "after the second session moved"

# A third session in June (row 3): the others keep their UIDs.
post_form org "/beheer/programma/$ev/bewerken" event starts_at_3=2027-06-01T09:00 ends_at_3=2027-06-01T12:00 \
	"place_3=Stadhuis, Zutphen"
assert_status 303
uid3=$(session_uids "$ev" | sed -n 3p)
[ -n "$uid3" ] && [ "$uid3" != "$uid1" ] && [ "$uid3" != "$uid2" ] || fail "a third UID: '$uid3'"
assert_eq "$(ics)" "$uid1@$host|2027-05-18 09:00 +0200|2027-05-18 12:30 +0200|Provinciehuis, Arnhem|2
$uid2@$host|2027-05-25 13:30 +0200|2027-05-25 17:00 +0200|Provinciehuis, Arnhem|2
$uid3@$host|2027-06-01 09:00 +0200|2027-06-01 12:00 +0200|Stadhuis, Zutphen|2" "with a third session"

# Row 2 cleared: that session goes; the third keeps its UID.
post_form org "/beheer/programma/$ev/bewerken" event starts_at_2= ends_at_2= place_2=
assert_status 303
assert_eq "$(ics)" "$uid1@$host|2027-05-18 09:00 +0200|2027-05-18 12:30 +0200|Provinciehuis, Arnhem|3
$uid3@$host|2027-06-01 09:00 +0200|2027-06-01 12:00 +0200|Stadhuis, Zutphen|3" "after the second was removed"
assert_eq "$(sql "SELECT starts_at, ends_at, place FROM events WHERE id = $ev" | tr '\t' '|')" \
	"2027-05-18 09:00:00|2027-06-01 12:00:00|Provinciehuis, Arnhem" "the event's span now"

# Saving the form unchanged changes no SEQUENCE.
post_form org "/beheer/programma/$ev/bewerken" event
assert_status 303
assert_eq "$(sql "SELECT ics_sequence FROM events WHERE id = $ev")" 3 "the sequence after an unchanged save"
