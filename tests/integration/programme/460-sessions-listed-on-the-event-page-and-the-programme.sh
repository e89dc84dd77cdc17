# An event of several sessions lists them in the order they start, each
# with its date, times and place, on its page, on the home page and in
# the programme (Dutch and English); an event of one session keeps its
# one line of when and where. (The later session is the older row.)
new_event
sql "INSERT INTO event_sessions (event_id, uid_key, starts_at, ends_at, place) VALUES
	($EVENT, 'cimolt-event-$EVENT-2', '2027-05-25 09:00:00', '2027-05-25 12:30:00', 'Ede');
	INSERT INTO event_sessions (event_id, uid_key, starts_at, ends_at, place) VALUES
	($EVENT, 'cimolt-event-$EVENT', '2027-05-18 09:00:00', '2027-05-18 12:30:00', 'Arnhem');
	UPDATE events SET starts_at = '2027-05-18 09:00:00', ends_at = '2027-05-25 12:30:00', place = 'Arnhem'
	WHERE id = $EVENT"
# items PATH: the texts of the session list of the event on page PATH.
items() {
	http GET "$1"
	assert_status 200
	python3 - "$TEST_TMP/body" "$EVENT_TITLE" <<'PY'
import re, sys
html = open(sys.argv[1], encoding="utf-8").read()
at = html.find(sys.argv[2])
m = re.search(r'<ul class="cimolt-sessions">(.*?)</ul>', html[at:], re.S)
for li in re.findall(r"<li>(.*?)</li>", m.group(1) if m else "", re.S):
    print(re.sub(r"<[^>]+>", "", li))
PY
}
want="dinsdag 18 mei 2027, 9.00–12.30 uur, Arnhem
dinsdag 25 mei 2027, 9.00–12.30 uur, Ede"
assert_eq "$(items "/programma/$EVENT")" "$want" "the sessions on the event's page"
assert_eq "$(items /programma)" "$want" "the sessions in the programme"
assert_eq "$(items /)" "$want" "the sessions on the home page"
assert_eq "$(items "/programma/$EVENT?lang=en")" "Tuesday 18 May 2027, 09:00–12:30, Arnhem
Tuesday 25 May 2027, 09:00–12:30, Ede" "the sessions on the English page"
sql "DELETE FROM event_sessions WHERE event_id = $EVENT AND uid_key LIKE '%-2'"
http GET "/programma/$EVENT"
assert_body_lacks 'cimolt-sessions'
