# Cancelling through the status link (POST /aanmelding/TOKEN/annuleren
# with csrf) frees the place and, in the same transaction, confirms the
# first on the waiting list whose municipality is below its limit; the
# organisers get registration.cancelled and registration.promoted, the
# promoted registrant registration.promotion and the one who cancelled
# registration.cancellation, each exactly once, signed,
# with the event, the registration and the counts of that moment.
#
# 3 places, 2 per municipality. Ede (A) has 2 confirmed, Arnhem (B) 1; on
# the waiting list: A3 (Ede, at its limit, asked for the list), then B2,
# then C1 (Apeldoorn). B1 cancels: A3 is first but Ede is at its limit, so
# B2 is confirmed (the limit rule), not C1 (the order rule). Then A1
# cancels: A3 is confirmed before C1 (order), and C1 moves up to 1.
new_event "capacity = 3" "per_org_limit = 2"
A=$(org_id GM0228) B=$(org_id GM0202) C=$(org_id GM0200)
declare -A tok id
add() { # KEY ORG NAME [CURL ARGS]
	registered anon "$EVENT" "$2" "$3" "$1-$$@gemeente.example" "Functie $1" "${@:4}"
	tok[$1]=$TOKEN
	id[$1]=$(reg_by_token "$TOKEN" id)
}
add a1 "$A" "Anna Eén"
add a2 "$A" "Aart Twee"
add b1 "$B" "Bas Eén"
add a3 "$A" "Astrid Drie" --data-urlencode wachtlijst=yes
add b2 "$B" "Bram Twee"
add c1 "$C" "Cor Eén"
status_of() { reg_by_token "${tok[$1]}" status; }
states() { for k in a1 a2 b1 a3 b2 c1; do printf '%s=%s ' "$k" "$(status_of "$k")"; done; }
assert_eq "$(states)" "a1=confirmed a2=confirmed b1=confirmed a3=waiting b2=waiting c1=waiting " "before"
assert_counters "$EVENT" 3 3

cancel_link anon "${tok[b1]}"
assert_eq "$(states)" "a1=confirmed a2=confirmed b1=cancelled a3=waiting b2=confirmed c1=waiting " \
	"after B1 cancelled (Ede at its limit: B2 before A3; B2 before C1)"
assert_counters "$EVENT" 3 2
assert_eq "$(reg_by_token "${tok[b2]}" "promoted_at IS NOT NULL, waiting_seq IS NULL" | tr '\t' ' ')" "1 1" \
	"B2's promoted_at set and waiting_seq cleared"
http GET "/aanmelding/${tok[c1]}?format=xml"
assert_xpath "/page/registration/@position" 2
http GET "/aanmelding/${tok[b2]}?format=xml"
assert_xpath "/page/registration/@status" confirmed

cancel_link anon "${tok[a1]}"
assert_eq "$(states)" "a1=cancelled a2=confirmed b1=cancelled a3=confirmed b2=confirmed c1=waiting " \
	"after A1 cancelled (A3 before C1)"
assert_counters "$EVENT" 3 1
http GET "/aanmelding/${tok[c1]}?format=xml"
assert_xpath "/page/registration/@position" 1

# Cancelling again changes nothing and sends nothing.
cancel_link anon "${tok[a1]}"
assert_counters "$EVENT" 3 1

notices "$EVENT" >"$TEST_TMP/notices"
em() { printf '%s-%s@gemeente.example' "$1" "$$"; }
want=$(
	for k in a1 a2 b1 a3 b2 c1; do
		s=confirmed; case $k in a3 | b2 | c1) s=waiting ;; esac
		echo "registration.created ${id[$k]} $s $NOTIFY"
		echo "registration.confirmation ${id[$k]} $s $(em "$k")"
	done
	echo "registration.cancelled ${id[b1]} cancelled $NOTIFY"
	echo "registration.cancellation ${id[b1]} cancelled $(em b1)"
	echo "registration.promoted ${id[b2]} confirmed $NOTIFY"
	echo "registration.promotion ${id[b2]} confirmed $(em b2)"
	echo "registration.cancelled ${id[a1]} cancelled $NOTIFY"
	echo "registration.cancellation ${id[a1]} cancelled $(em a1)"
	echo "registration.promoted ${id[a3]} confirmed $NOTIFY"
	echo "registration.promotion ${id[a3]} confirmed $(em a3)"
)
assert_eq "$(sort "$TEST_TMP/notices")" "$(sort <<<"$want")" "the notices about the event (type, registration, status, to)"

# The data of the cancellation and promotion notices, exactly.
python3 - "$TEST_TMP/notices.jsonl" "$EVENT" "$EVENT_TITLE" "$$" \
	"${id[b1]}" "${id[b2]}" "${id[a1]}" "${id[a3]}" <<'PY' || fail "notice data not as agreed"
import json, sys
from cimolt_test import json_lines
path, ev, title, pid, b1, b2, a1, a3 = sys.argv[1:]
docs = json_lines(path)
def reg(key, rid, name, org, status):
    return {"id": int(rid), "status": status, "name": name,
            "email": "%s-%s@gemeente.example" % (key, pid), "job_title": "Functie " + key,
            "organisation": org}
event = {"id": int(ev), "title": title, "starts_at": "2027-09-14 13:30:00"}
def counts(confirmed, waiting, org_confirmed):
    return {"capacity": 3, "confirmed": confirmed, "waiting": waiting,
            "organisation_confirmed": org_confirmed, "per_org_limit": 2}
want = {
    ("registration.cancelled", b1): {"event": event, "registration": reg("b1", b1, "Bas Eén", "Arnhem", "cancelled"), "counts": counts(2, 3, 0)},
    ("registration.promoted", b2): {"event": event, "registration": reg("b2", b2, "Bram Twee", "Arnhem", "confirmed"), "counts": counts(3, 2, 1)},
    ("registration.promotion", b2): {"event": event, "registration": reg("b2", b2, "Bram Twee", "Arnhem", "confirmed"), "counts": counts(3, 2, 1)},
    ("registration.cancelled", a1): {"event": event, "registration": reg("a1", a1, "Anna Eén", "Ede", "cancelled"), "counts": counts(2, 2, 1)},
    ("registration.promoted", a3): {"event": event, "registration": reg("a3", a3, "Astrid Drie", "Ede", "confirmed"), "counts": counts(3, 1, 2)},
    ("registration.promotion", a3): {"event": event, "registration": reg("a3", a3, "Astrid Drie", "Ede", "confirmed"), "counts": counts(3, 1, 2)},
}
bad = 0
for d in docs:
    k = (d["type"], str(d["data"]["registration"]["id"]))
    if k in want and d["data"] != want[k]:
        bad = 1
        print("%s of registration %s:\n  data %s\n  want %s" % (k[0], k[1],
              json.dumps(d["data"], ensure_ascii=False), json.dumps(want[k], ensure_ascii=False)))
    if k in want and not d["mail"]["subject"].strip():
        bad = 1
        print("%s of registration %s: empty subject" % k)
sys.exit(bad)
PY
