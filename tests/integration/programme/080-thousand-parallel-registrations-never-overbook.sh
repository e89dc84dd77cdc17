# 1,000 registrations for one masterclass (room for all: 5,000 places),
# all from one municipality, POSTed by 50 parallel clients with a new
# address each, half of them asking for the waiting list: exactly 3 end
# confirmed (the per-municipality limit), every other one that asked is
# waiting and every other one that did not is refused with the limit
# message (422); nothing else is answered. The event's counters equal the
# rows, and once the outbox has drained, the organisers' webhook got
# exactly one registration.created (and the registrant one confirmation)
# per stored registration, each signed. Prints the rate reached.
new_event "capacity = 5000" "per_org_limit = 3"
ede=$(org_id GM0228)
token=$(csrf anon)
cookies=$(awk 'BEGIN { FS = "\t" } { sub(/^#HttpOnly_/, "") } !/^#/ && NF >= 7 { printf "%s%s=%s", sep, $6, $7; sep = "; " }' "$(jar anon)")
python3 - "$STACK_PORT" "$EVENT" "$ede" "$token" "$cookies" "$$" >"$TEST_TMP/results" <<'PY' || fail "the parallel POSTs did not all get an answer"
import http.client, sys, threading, time, urllib.parse
port, event, org, token, cookies, tag = sys.argv[1:]
N, CLIENTS = 1000, 50
results, lock, nxt = [None] * N, threading.Lock(), [0]
def client():
    c = None
    while True:
        with lock:
            i = nxt[0]
            nxt[0] += 1
        if i >= N:
            break
        form = {"csrf": token, "organisatie": org, "naam": "Parallel %d" % i,
                "email": "parallel-%s-%d@ede.example" % (tag, i), "functie": "Inkoper"}
        if i % 2 == 0:
            form["wachtlijst"] = "yes"
        try:
            if c is None:
                c = http.client.HTTPConnection("127.0.0.1", int(port), timeout=30)
            c.request("POST", "/programma/%s/aanmelden" % event, urllib.parse.urlencode(form),
                      {"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookies,
                       "Accept": "application/xml"})
            r = c.getresponse()
            body = r.read().decode("utf-8", "replace")
            key = ""
            if r.status == 422:
                i0 = body.find('<error key="')
                key = body[i0 + 12:body.find('"', i0 + 12)] if i0 >= 0 else "-"
            results[i] = "%d %d %s %s" % (i, r.status, r.getheader("Location") or "-", key or "-")
            if r.getheader("Connection", "").lower() == "close":
                c.close()
                c = None
        except (http.client.HTTPException, OSError) as e:
            results[i] = "%d error %s -" % (i, str(e).replace(" ", "_"))
            if c is not None:
                c.close()
            c = None
t0 = time.monotonic()
threads = [threading.Thread(target=client) for _ in range(CLIENTS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.monotonic() - t0
for r in results:
    print(r)
print("elapsed %.3f" % elapsed)
PY
elapsed=$(awk '$1 == "elapsed" { print $2 }' "$TEST_TMP/results")
grep -v '^elapsed' "$TEST_TMP/results" >"$TEST_TMP/answers"
# Every answer is a 303 to a status page or the limit's 422.
odd=$(awk '!(($2 == 303 && $3 ~ /^\/aanmelding\/[A-Za-z0-9_-]+$/) || ($2 == 422 && $4 == "register.org-limit"))' "$TEST_TMP/answers")
[ -z "$odd" ] || fail "unexpected answers (index status location error-key): $(head -n 5 <<<"$odd" | tr '\n' ';') ($(grep -c . <<<"$odd") in all)"
# Who did not ask for the waiting list and got a 303 must be one of the 3.
stored=$(awk '$2 == 303' "$TEST_TMP/answers" | wc -l)
refused=$(awk '$2 == 422' "$TEST_TMP/answers" | wc -l)
refused_waiting=$(awk '$2 == 422 && $1 % 2 == 0' "$TEST_TMP/answers" | wc -l)
assert_eq "$refused_waiting" 0 "refusals of POSTs that asked for the waiting list"
assert_eq "$(sort -u -k3,3 <(awk '$2 == 303' "$TEST_TMP/answers") | wc -l)" "$stored" "distinct status links"
assert_eq "$((stored + refused))" 1000 "answers"

assert_eq "$(sql "SELECT COUNT(*) FROM registrations WHERE event_id = $EVENT")" "$stored" "rows stored (= the 303 answers)"
assert_counters "$EVENT" 3 $((stored - 3))
assert_eq "$(sql "SELECT COUNT(*) FROM registrations WHERE event_id = $EVENT AND organisation_id <> $ede")" 0 \
	"rows of another municipality"
assert_eq "$(sql "SELECT COUNT(DISTINCT waiting_seq) FROM registrations WHERE event_id = $EVENT AND status = 'waiting'")" \
	$((stored - 3)) "distinct waiting_seq values"
assert_eq "$refused" $((500 - $(sql "SELECT COUNT(*) FROM registrations WHERE event_id = $EVENT AND status = 'confirmed'
	AND CAST(SUBSTRING_INDEX(SUBSTRING_INDEX(email, '@', 1), '-', -1) AS UNSIGNED) % 2 = 1"))) \
	"refusals (the POSTs without wachtlijst, less those confirmed)"

notices "$EVENT" 45 >"$TEST_TMP/notices"
sql "SELECT id FROM registrations WHERE event_id = $EVENT ORDER BY id" >"$TEST_TMP/ids"
for type in registration.created registration.confirmation; do
	awk -v t="$type" '$1 == t { print $2 }' "$TEST_TMP/notices" | sort -n >"$TEST_TMP/got"
	diff -q "$TEST_TMP/ids" "$TEST_TMP/got" >/dev/null ||
		fail "$type: $(wc -l <"$TEST_TMP/got") received for $stored registrations; first differences: $(diff "$TEST_TMP/ids" "$TEST_TMP/got" | grep '^[<>]' | head -n 5 | tr '\n' ' ')"
done
assert_eq "$(awk '$1 != "registration.created" && $1 != "registration.confirmation"' "$TEST_TMP/notices" | head -n 3)" "" \
	"other notices about the event"
assert_eq "$(awk -v to="$NOTIFY" '$1 == "registration.created" && $4 != to' "$TEST_TMP/notices" | head -n 3)" "" \
	"registration.created not to the organisers"

echo "# 1000 POSTs from 50 clients in ${elapsed} s: $(awk -v n=1000 -v s="$elapsed" 'BEGIN { printf "%.0f", n / s }') requests/s, $(awk -v n="$stored" -v s="$elapsed" 'BEGIN { printf "%.0f", n / s }') registrations/s stored ($stored stored: 3 confirmed, $((stored - 3)) waiting; $refused refused), 0 overbooked"
