# Every mail about a registration carries that registration's own
# management link, and each opens it: the confirmation of a place, the
# confirmation of a place on the waiting list, and the promotion mail
# (which no longer points to "de link in de eerste bevestiging": it has
# a fresh link of its own, exactly in this text). The promotion's link is
# another token than the first one, which keeps working; only its
# SHA-256 is stored (registration_links), and once delivered the outbox
# row keeps no usable copy.
new_event "capacity = 1"
registered anon "$EVENT" "$(org_id GM0228)" "Anna Eerste" "anna-$$@ede.example" Inkoper
tok_a=$TOKEN
registered anon "$EVENT" "$(org_id GM0202)" "Bart Tweede" "bart-$$@arnhem.example" Inkoper
tok_b=$TOKEN
id_a=$(reg_by_token "$tok_a" id) id_b=$(reg_by_token "$tok_b" id)
assert_eq "$(reg_by_token "$tok_a" status) $(reg_by_token "$tok_b" status)" "confirmed waiting" "before"
# mail_of TYPE ID: the uuid of the mail TYPE about registration ID.
mail_of() {
	sql "SELECT uuid FROM outbox WHERE type = '$1' AND JSON_VALUE(body, '$.data.registration.id') = $2
		ORDER BY id DESC LIMIT 1"
}
# opens LINK ID STATUS: GET LINK shows registration ID with STATUS.
opens() {
	http GET "$1?format=xml"
	assert_status 200
	assert_eq "$(reg_by_token "${1#/aanmelding/}" id)$(sql "SELECT registration_id FROM registration_links
		WHERE token_hash = UNHEX(SHA2('${1#/aanmelding/}', 256))")" "$2" "the registration of $1"
	assert_xpath "/page/registration/@status" "$3"
}
for k in a:confirmed b:waiting; do
	id=id_${k%%:*}
	uuid=$(mail_of registration.confirmation "${!id}")
	[ -n "$uuid" ] || fail "no confirmation of registration ${!id}"
	mail_link "$uuid" aanmelding
	opens "$LINK" "${!id}" "${k#*:}"
done

cancel_link anon "$tok_a"
assert_eq "$(reg_by_token "$tok_b" status)" confirmed "B promoted"
uuid=$(mail_of registration.promotion "$id_b")
[ -n "$uuid" ] || fail "no promotion mail to B"
mail_link "$uuid" aanmelding
[ "${LINK#/aanmelding/}" != "$tok_b" ] || fail "the promotion mail repeats the first link"
opens "$LINK" "$id_b" confirmed
opens "/aanmelding/$tok_b" "$id_b" confirmed
assert_eq "$(sql "SELECT INSTR(body, '${LINK#/aanmelding/}') FROM outbox WHERE uuid = '$uuid'")" 0 \
	"the token in the delivered outbox row"
webhook_posts "$uuid" | head -n 1 >"$TEST_TMP/promotion.json"
python3 - "$TEST_TMP/promotion.json" "$STACK_URL" "$LINK" "$EVENT" "$EVENT_TITLE" <<'PY' || fail "the promotion mail's text"
import json, sys
path, base, link, ev, title = sys.argv[1:]
doc = json.loads(json.loads(open(path, encoding="utf-8").read())["body"])
want = ("Beste Bart Tweede,\n\n"
        "Er is een plaats vrijgekomen: uw aanmelding voor %s is nu bevestigd.\n\n"
        "Wanneer: dinsdag 14 september 2027, 13.30–17.00 uur. Waar: Stadhuis Ede, Bergstraat 4, Ede.\n\n"
        "Bekijk of annuleer uw aanmelding via deze link:\n%s%s\n\n"
        "In uw agenda zetten:\n%s/programma/%s.ics\n\n"
        "Met vriendelijke groet, het programmateam Circulair Inkopen Gelderland (CIMoLT)\n") % (title, base, link, base, ev)
if doc["mail"]["text"] != want:
    print("text %r,\n expected %r" % (doc["mail"]["text"], want))
    sys.exit(1)
PY
