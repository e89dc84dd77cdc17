# The attendance list of an event of two sessions lists the sessions,
# numbered, and gives every confirmed registrant a box to sign for each
# ("Handtekening dagdeel 1", "... 2"); an event of one session keeps one
# box headed "Handtekening".
new_event
sql "INSERT INTO event_sessions (event_id, uid_key, starts_at, ends_at, place) VALUES
	($EVENT, 'cimolt-event-$EVENT', '2027-05-18 09:00:00', '2027-05-18 12:30:00', 'Arnhem'),
	($EVENT, 'cimolt-event-$EVENT-2', '2027-05-25 09:00:00', '2027-05-25 12:30:00', 'Ede');
	UPDATE events SET starts_at = '2027-05-18 09:00:00', ends_at = '2027-05-25 12:30:00', place = 'Arnhem'
	WHERE id = $EVENT"
add_confirmed "$EVENT" "$(org_id GM0228)" "Petra Presentie" "petra-$$@ede.example"
sign_in_as org organiser
# sheet: the session list, the header row and Petra's row, as text.
sheet() {
	http_as org GET "/beheer/programma/$EVENT/presentielijst"
	assert_html_page 200
	python3 - "$TEST_TMP/body" <<'PY'
import re, sys
html = open(sys.argv[1], encoding="utf-8").read()
text = lambda s: re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", s)).strip()
m = re.search(r'<ol class="cimolt-sessions">(.*?)</ol>', html, re.S)
for li in re.findall(r"<li>(.*?)</li>", m.group(1) if m else "", re.S):
    print(text(li))
print(" | ".join(text(th) for th in re.findall(r"<th[^>]*>(.*?)</th>", re.search(r"<thead>(.*?)</thead>", html, re.S).group(1), re.S)))
row = [r for r in re.findall(r"<tr>(.*?)</tr>", html, re.S) if "Petra Presentie" in r][0]
print(len(re.findall(r'<td class="cimolt-attendance__sign">', row)), "boxes")
PY
}
assert_eq "$(sheet)" "dinsdag 18 mei 2027, 9.00–12.30 uur, Arnhem
dinsdag 25 mei 2027, 9.00–12.30 uur, Ede
#Nummer | Naam | Gemeente | Functie | Handtekening dagdeel 1 | Handtekening dagdeel 2
2 boxes" "the attendance list of two sessions"
sql "DELETE FROM event_sessions WHERE event_id = $EVENT AND uid_key LIKE '%-2'"
assert_eq "$(sheet)" "#Nummer | Naam | Gemeente | Functie | Handtekening
1 boxes" "the attendance list of one session"
