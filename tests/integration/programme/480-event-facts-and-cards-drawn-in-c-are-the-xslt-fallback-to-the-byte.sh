# cimoltd draws an event's facts and its card in the lists in C
# (fcgi/render-facts.c, the extension elements c:event-facts and
# c:event-card); the XSLT inside each, as its xsl:fallback, is the
# reference, which xsltproc runs
# (tests/browser/render). The same page document, rendered both ways, is
# the same HTML to the byte: the home page, anonymous and as a member
# (what the own municipality has), and each event's page, in Dutch and
# English, for events that are open with a place and an online address,
# open to everyone and full with a waiting list, of two sessions, not
# yet open for registration and online only, and cancelled.
new_event "online_url = 'https://meet.example/a'" \
	"registration_closes_at = '2027-09-01 17:00:00'"
e1=$EVENT
new_event "open_to = 'everyone'" "per_org_limit = 1" "capacity = 2" "confirmed_count = 2" \
	"waiting_count = 1" "registration_closes_at = '2027-09-01 12:00:00'"
e2=$EVENT
new_event "online_url = 'https://meet.example/c'"
e3=$EVENT
sql "INSERT INTO event_sessions (event_id, uid_key, starts_at, ends_at, place) VALUES
	($e3, 'cimolt-event-$e3', '2027-10-05 09:00:00', '2027-10-05 12:30:00', 'Arnhem'),
	($e3, 'cimolt-event-$e3-2', '2027-10-12 09:00:00', '2027-10-12 12:30:00', '')"
new_event "place = ''" "online_url = 'https://meet.example/d'" "per_org_limit = NULL" \
	"registration_opens_at = '2027-08-01 09:00:00'"
e4=$EVENT
new_event "status = 'cancelled'"
e5=$EVENT
sign_in_as m member

facts=0
for page in "- /" "m /" "- /?lang=en" "m /?lang=en" "- /programma/$e1" "m /programma/$e2" \
	"- /programma/$e3?lang=en" "- /programma/$e4" "m /programma/$e5"; do
	jar=${page%% *} path=${page#* }
	case $path in *\?*) xml="$path&format=xml" ;; *) xml="$path?format=xml" ;; esac
	if [ "$jar" = - ]; then http GET "$path"; else http_as "$jar" GET "$path"; fi
	assert_status 200
	cp "$TEST_TMP/body" "$TEST_TMP/cimoltd.html"
	if [ "$jar" = - ]; then http GET "$xml"; else http_as "$jar" GET "$xml"; fi
	assert_status 200
	assert_same_as_xsltproc "$path" "$TEST_TMP/cimoltd.html" "$TEST_TMP/body"
	facts=$((facts + $(grep -o 'class="cimolt-facts"' "$TEST_TMP/cimoltd.html" | wc -l)))
	cat "$TEST_TMP/cimoltd.html" >>"$TEST_TMP/all.html"
done
echo "# the facts of $facts events compared"
# What the comparison covered.
for part in 'class="cimolt-sessions"' 'Ook online te volgen' 'Online' 'Aanmelden kan tot' \
	'Aanmelden kan vanaf' 'Per organisatie' 'wachtlijst' 'Plaatsen in totaal' '<dt>Ede</dt>' \
	'cimolt-badge--cancelled' 'cimolt-badge--not-yet' 'cimolt-badge--full' 'class="cimolt-event__register"' \
	'class="cimolt-event__description" lang="nl"'; do
	grep -qF "$part" "$TEST_TMP/all.html" || fail "no event's facts had $part"
done
