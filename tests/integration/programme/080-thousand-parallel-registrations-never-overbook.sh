# 1,000 registrations for one masterclass (room for all: 5,000 places),
# all from one municipality, POSTed by 50 parallel clients with a new
# address each, half of them asking for the waiting list. Each is stored
# pending, to be confirmed by the link mailed to its address: exactly 3
# hold a place (the per-municipality limit), every other one that asked
# for the waiting list is pending without a place, and every other one
# that did not is refused with the limit message (422); nothing else is
# answered, and no notice goes to the organisers yet.
#
# Then the 3 held places run out of time, and all stored registrations
# are confirmed through their links by 50 parallel clients: the first
# confirmation gives the 3 places back, and the confirmations race for
# them. Exactly 3 end confirmed, the 3 expired stay expired, every other
# one is waiting, each at its own place. The event's counters equal the
# rows, and once the outbox has drained, the organisers' webhook got
# exactly one registration.created (and the registrant one confirmation)
# per confirmed or waiting registration, each signed. Prints the rates.
new_event "capacity = 5000" "per_org_limit = 3"
ede=$(org_id GM0228)
token=$(csrf anon)
cookies=$(awk 'BEGIN { FS = "\t" } { sub(/^#HttpOnly_/, "") } !/^#/ && NF >= 7 { printf "%s%s=%s", sep, $6, $7; sep = "; " }' "$(jar anon)")
# parallel_posts FILE: POST each line of FILE ("index path form") with 50
# clients; prints "index status location error-key" per line, then the
# seconds it took.
parallel_posts() {
	python3 - "$STACK_PORT" "$cookies" "$1" <<'PY'
import http.client, sys, threading, time
port, cookies, jobs = sys.argv[1], sys.argv[2], [l.split(" ", 2) for l in open(sys.argv[3]).read().splitlines()]
CLIENTS = 50
results, lock, nxt = [None] * len(jobs), threading.Lock(), [0]
def client():
    c = None
    while True:
        with lock:
            k = nxt[0]
            nxt[0] += 1
        if k >= len(jobs):
            break
        i, path, form = jobs[k]
        try:
            if c is None:
                c = http.client.HTTPConnection("127.0.0.1", int(port), timeout=30)
            c.request("POST", path, form, {"Content-Type": "application/x-www-form-urlencoded",
                                           "Cookie": cookies, "Accept": "application/xml"})
            r = c.getresponse()
            body = r.read().decode("utf-8", "replace")
            key = ""
            if r.status == 422:
                i0 = body.find('<error key="')
                key = body[i0 + 12:body.find('"', i0 + 12)] if i0 >= 0 else "-"
            results[k] = "%s %d %s %s" % (i, r.status, r.getheader("Location") or "-", key or "-")
            if r.getheader("Connection", "").lower() == "close":
                c.close()
                c = None
        except (http.client.HTTPException, OSError) as e:
            results[k] = "%s error %s -" % (i, str(e).replace(" ", "_"))
            if c is not None:
                c.close()
            c = None
t0 = time.monotonic()
threads = [threading.Thread(target=client) for _ in range(CLIENTS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for r in results:
    print(r)
print("elapsed %.3f" % (time.monotonic() - t0))
PY
}

python3 - "$EVENT" "$ede" "$token" "$$" >"$TEST_TMP/jobs" <<'PY'
import sys, urllib.parse
event, org, token, tag = sys.argv[1:]
for i in range(1000):
    form = {"csrf": token, "organisatie": org, "naam": "Parallel %d" % i,
            "email": "parallel-%s-%d@ede.example" % (tag, i), "functie": "Inkoper"}
    if i % 2 == 0:
        form["wachtlijst"] = "yes"
    print(i, "/programma/%s/aanmelden" % event, urllib.parse.urlencode(form))
PY
parallel_posts "$TEST_TMP/jobs" >"$TEST_TMP/results" || fail "the parallel POSTs did not all get an answer"
elapsed=$(awk '$1 == "elapsed" { print $2 }' "$TEST_TMP/results")
grep -v '^elapsed' "$TEST_TMP/results" >"$TEST_TMP/answers"
# Every answer is a 303 to the event's page (check your mail) or the
# limit's 422.
odd=$(awk -v ok="/programma/$EVENT?klaar=registration.check-mail" \
	'!(($2 == 303 && $3 == ok) || ($2 == 422 && $4 == "register.org-limit"))' "$TEST_TMP/answers")
[ -z "$odd" ] || fail "unexpected answers (index status location error-key): $(head -n 5 <<<"$odd" | tr '\n' ';') ($(grep -c . <<<"$odd") in all)"
stored=$(awk '$2 == 303' "$TEST_TMP/answers" | wc -l)
refused=$(awk '$2 == 422' "$TEST_TMP/answers" | wc -l)
refused_waiting=$(awk '$2 == 422 && $1 % 2 == 0' "$TEST_TMP/answers" | wc -l)
assert_eq "$refused_waiting" 0 "refusals of POSTs that asked for the waiting list"
assert_eq "$((stored + refused))" 1000 "answers"
assert_eq "$(sql "SELECT COUNT(*) FROM registrations WHERE event_id = $EVENT")" "$stored" "rows stored (= the 303 answers)"
assert_eq "$(sql "SELECT CONCAT(COUNT(*), ' ', SUM(held)) FROM registrations WHERE event_id = $EVENT
	AND status = 'pending' AND organisation_id = $ede")" "$stored 3" "pending rows of Ede, holding a place"
assert_eq "$(sql "SELECT CONCAT(confirmed_count, ' ', waiting_count, ' ', held_count) FROM events WHERE id = $EVENT")" \
	"0 0 3" "counters of the event (confirmed, waiting, held)"
assert_eq "$refused" $((500 - $(sql "SELECT COUNT(*) FROM registrations WHERE event_id = $EVENT AND held = 1
	AND CAST(SUBSTRING_INDEX(SUBSTRING_INDEX(email, '@', 1), '-', -1) AS UNSIGNED) % 2 = 1"))) \
	"refusals (the POSTs without wachtlijst, less those holding a place)"
assert_eq "$(event_unsent "$EVENT")" 0 "notices about the event before any confirmation"
assert_eq "$(sql "SELECT COUNT(*) FROM outbox WHERE JSON_VALUE(body, '$.data.event.id') = $EVENT")" 0 \
	"notices about the event before any confirmation"

# The links, as mailed.
wait_for 60 eval '[ "$(sql "SELECT COUNT(*) FROM outbox WHERE type = '\''registration.verify'\''
	AND status = '\''sent'\'' AND JSON_VALUE(body, '\''$.mail.to[0]'\'') LIKE '\''parallel-$$-%'\''")" = "$stored" ]' ||
	fail "the $stored registration.verify mails were not all sent within 60 s"
python3 -m cimolt_test verify-links "$STACK_WEBHOOK_LOG" "$STACK_URL" | grep "^parallel-$$-" >"$TEST_TMP/links"
assert_eq "$(wc -l <"$TEST_TMP/links")" "$stored" "links received"
held=$(sql "SELECT email FROM registrations WHERE event_id = $EVENT AND held = 1 ORDER BY email")
sql "UPDATE registrations SET hold_until = UTC_TIMESTAMP() - INTERVAL 1 SECOND WHERE event_id = $EVENT AND held = 1"
awk -v t="$token" '{ print $1, $2 "/bevestigen", "csrf=" t }' "$TEST_TMP/links" >"$TEST_TMP/confirms"
parallel_posts "$TEST_TMP/confirms" >"$TEST_TMP/results2" || fail "the parallel confirmations did not all get an answer"
elapsed2=$(awk '$1 == "elapsed" { print $2 }' "$TEST_TMP/results2")
# Each answers 303 back to its own status page.
odd=$(grep -v '^elapsed' "$TEST_TMP/results2" | awk 'NR == FNR { link[$1] = $2; next } !($2 == 303 && $3 == link[$1])' "$TEST_TMP/links" -)
[ -z "$odd" ] || fail "unexpected answers to the confirmations (address status location): $(head -n 5 <<<"$odd" | tr '\n' ';')"

assert_eq "$(sql "SELECT email FROM registrations WHERE event_id = $EVENT AND status = 'expired' ORDER BY email")" "$held" \
	"the expired registrations (those that held the places)"
assert_counters "$EVENT" 3 $((stored - 6))
assert_eq "$(sql "SELECT CONCAT(held_count, ' ', (SELECT COUNT(*) FROM registrations WHERE event_id = $EVENT AND status = 'pending'))
	FROM events WHERE id = $EVENT")" "0 0" "places held and registrations pending at the end"
assert_eq "$(sql "SELECT COUNT(DISTINCT waiting_seq) FROM registrations WHERE event_id = $EVENT AND status = 'waiting'")" \
	$((stored - 6)) "distinct waiting_seq values"

notices "$EVENT" 45 >"$TEST_TMP/notices"
sql "SELECT id FROM registrations WHERE event_id = $EVENT AND status IN ('confirmed', 'waiting') ORDER BY id" >"$TEST_TMP/ids"
for type in registration.created registration.confirmation; do
	awk -v t="$type" '$1 == t { print $2 }' "$TEST_TMP/notices" | sort -n >"$TEST_TMP/got"
	diff -q "$TEST_TMP/ids" "$TEST_TMP/got" >/dev/null ||
		fail "$type: $(wc -l <"$TEST_TMP/got") received for $((stored - 3)) registrations; first differences: $(diff "$TEST_TMP/ids" "$TEST_TMP/got" | grep '^[<>]' | head -n 5 | tr '\n' ' ')"
done
assert_eq "$(awk '$1 != "registration.created" && $1 != "registration.confirmation"' "$TEST_TMP/notices" | head -n 3)" "" \
	"other notices about the event"
assert_eq "$(awk -v to="$NOTIFY" '$1 == "registration.created" && $4 != to' "$TEST_TMP/notices" | head -n 3)" "" \
	"registration.created not to the organisers"

echo "# 1000 POSTs from 50 clients in ${elapsed} s: $(awk -v n=1000 -v s="$elapsed" 'BEGIN { printf "%.0f", n / s }') requests/s ($stored stored pending, 3 holding a place; $refused refused); $stored confirmations from 50 clients in ${elapsed2} s: $(awk -v n="$stored" -v s="$elapsed2" 'BEGIN { printf "%.0f", n / s }') per second (3 confirmed, $((stored - 6)) waiting, 3 expired), 0 overbooked"
