# When an organiser raises an event's capacity with the edit form (POST
# /beheer/programma/ID/bewerken with csrf), the new places go to the
# waiting list in its order, skipping a municipality at its limit, in the
# same request; each promoted registration gets registration.promoted (to
# the organisers) and registration.promotion (to the registrant), once.
#
# 2 places, 1 per municipality: Ede and Arnhem confirmed; waiting: Ede 2
# (asked for the list), Apeldoorn, Barneveld, Nijkerk. Capacity 2 -> 4:
# Apeldoorn and Barneveld are confirmed; Ede 2 (Ede at its limit) and
# Nijkerk wait, now at positions 1 and 2.
new_event "capacity = 2" "per_org_limit = 1"
declare -A tok id
add() { # KEY CBS [CURL ARGS]
	registered anon "$EVENT" "$(org_id "$2")" "Deelnemer $1" "$1-$$@gemeente.example" Inkoper "${@:3}"
	tok[$1]=$TOKEN
	id[$1]=$(reg_by_token "$TOKEN" id)
}
add ede1 GM0228
add arnhem GM0202
add ede2 GM0228 --data-urlencode wachtlijst=yes
add apeldoorn GM0200
add barneveld GM0203
add nijkerk GM0267
states() { for k in ede1 arnhem ede2 apeldoorn barneveld nijkerk; do printf '%s=%s ' "$k" "$(reg_by_token "${tok[$k]}" status)"; done; }
assert_eq "$(states)" "ede1=confirmed arnhem=confirmed ede2=waiting apeldoorn=waiting barneveld=waiting nijkerk=waiting " "before"
assert_counters "$EVENT" 2 4

sign_in_as org organiser
post_form org "/beheer/programma/$EVENT/bewerken" event capacity=4
assert_status 303
assert_eq "$(header Location)" "/beheer/programma/$EVENT?klaar=event.saved" "Location"
assert_eq "$(sql "SELECT capacity FROM events WHERE id = $EVENT")" 4 "capacity"
assert_eq "$(states)" "ede1=confirmed arnhem=confirmed ede2=waiting apeldoorn=confirmed barneveld=confirmed nijkerk=waiting " \
	"after raising the capacity to 4"
assert_counters "$EVENT" 4 2
http GET "/aanmelding/${tok[ede2]}?format=xml"
assert_xpath "/page/registration/@position" 1
http GET "/aanmelding/${tok[nijkerk]}?format=xml"
assert_xpath "/page/registration/@position" 2
assert_eq "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = 'event.changed' AND subject_id = $EVENT")" 1 \
	"audit log rows"

notices "$EVENT" >"$TEST_TMP/notices"
assert_eq "$(grep -v '^registration\.\(created\|confirmation\) ' "$TEST_TMP/notices" | sort)" \
	"$(sort <<-EOT
	registration.promoted ${id[apeldoorn]} confirmed $NOTIFY
	registration.promotion ${id[apeldoorn]} confirmed apeldoorn-$$@gemeente.example
	registration.promoted ${id[barneveld]} confirmed $NOTIFY
	registration.promotion ${id[barneveld]} confirmed barneveld-$$@gemeente.example
	EOT
	)" "the promotion notices"
