# The organisers hear of a public registration only when its link is
# used. Before: the outbox drains and the webhook got nothing about the
# event. After pressing the button: exactly one registration.created to
# the organisers and one registration.confirmation to the registrant,
# each received once, signed, with this exact data.
new_event
ede=$(org_id GM0228)
email=$(unique notify)@ede.example
register anon "$EVENT" "$ede" "Nina Notify" "$email" Beleidsadviseur
pending "$EVENT" || fail "$REQ: status $STATUS, Location '$(header Location)'"
outbox_settled 20 || fail "the outbox did not drain"
assert_eq "$(python3 -m cimolt_test verify-links "$STACK_WEBHOOK_LOG" "$STACK_URL" | grep -c "^$email ")" 1 \
	"registration.verify mails received"
notices "$EVENT" >"$TEST_TMP/before"
assert_eq "$(cat "$TEST_TMP/before")" "" "notices about the event before the link is used"

confirm_registration anon "$email"
id=$(reg_of "$EVENT" "$email" id)
notices "$EVENT" >"$TEST_TMP/notices"
assert_eq "$(cat "$TEST_TMP/notices")" "registration.created $id confirmed $NOTIFY
registration.confirmation $id confirmed $email" "notices about the event"
python3 - "$TEST_TMP/notices.jsonl" "$EVENT" "$EVENT_TITLE" "$id" "$email" <<'PY' || fail "the notices' data is not as agreed"
import json, sys
from cimolt_test import json_lines
path, ev, title, rid, email = sys.argv[1:]
want = {"event": {"id": int(ev), "title": title, "starts_at": "2027-09-14 13:30:00"},
        "registration": {"id": int(rid), "status": "confirmed", "name": "Nina Notify", "email": email,
                         "job_title": "Beleidsadviseur", "organisation": "Ede"},
        "counts": {"capacity": 30, "confirmed": 1, "waiting": 0, "organisation_confirmed": 1,
                   "per_org_limit": 3}}
bad = 0
for doc in json_lines(path):
    if doc["data"] != want:
        print("%s: data %s, expected %s" % (doc["type"], json.dumps(doc["data"]), json.dumps(want)))
        bad = 1
sys.exit(bad)
PY
