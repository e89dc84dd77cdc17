# tests/integration/lib/privacy.sh: the retention purge, and what the
# whole database holds about a person (loaded by tests/integration/run).

# db_dump FILE: the whole application database as mariadb-dump writes it
# (one INSERT per row, so that a grep counts rows).
db_dump() {
	mariadb-dump --no-defaults --socket="$STACK_DB_SOCK" -u "$STACK_ADMIN_USER" \
		--skip-extended-insert --skip-comments --hex-blob "$STACK_DB_NAME" >"$1" ||
		fail "mariadb-dump failed"
}

# dump_count FILE TEXT: how many lines of the dump FILE hold TEXT
# (fixed string, any case).
dump_count() { grep -ciF -- "$2" "$1" || true; }

# purge_counts [--dry-run]: run cimolt-admin purge and print "rule count"
# per line, as it printed them; fails the test when it fails.
purge_counts() {
	local out
	out=$(admin_cli purge "$@" 2>&1) || fail "cimolt-admin purge $* failed: $out"
	printf '%s\n' "$out" | awk 'NR > 1 { print $1, $2 }'
}

# purge_count COUNTS RULE: the count of RULE in the output of purge_counts.
purge_count() { awk -v r="$2" '$1 == r { print $2 }' <<<"$1"; }

# person_setup JAR EMAIL NAME: a new member of Ede with a password, signed
# in as JAR, who leaves a trace everywhere a person can: a registration
# for a new event of the test ($EVENT), an advice request (with a phone
# number of its own, PHONE), two failed sign-ins, a request to delete the
# account, and the address among those the event notifies; every message
# delivered. Sets PERSON (the user's id). The user and what points to it are removed
# when the test ends.
person_setup() {
	local j=$1 email=$2 name=$3
	new_user "$email" "$name" GM0228 member "$STACK_DEMO_PASSWORD"
	PERSON=$(sql "SELECT id FROM users WHERE email = '$email'")
	[ -n "$PERSON" ] || fail "cimolt-admin user add made no user $email"
	on_exit "person_forget $PERSON"
	new_event
	registered "$j-anon" "$EVENT" GM0228 "$name" "$email" "Beleidsmedewerker inkoop"
	sql "UPDATE events SET notify_emails = CONCAT(notify_emails, ', $email') WHERE id = $EVENT"
	sign_in "$j-wrong" "$email" "niet-het-wachtwoord"
	sign_in "$j-wrong" "$email" "ook-niet-het-wachtwoord"
	sign_in "$j" "$email" "$STACK_DEMO_PASSWORD"
	assert_status 303
	PHONE="06 $(printf '%08d' $(($$ * 7 % 100000000)))"
	advice_request "$j" inkoopbeleid telefoon "$PHONE" "Hoe schrijven wij circulair uit?"
	send_form "$j" /account/verwijderen
	assert_status 303
	assert_header Location "/account?klaar=account.erasure-requested"
	outbox_settled 30 || fail "messages still pending after 30 s"
}

# person_forget ID: remove a user person_setup made, with what points to it.
person_forget() {
	sql "DELETE FROM advice_requests WHERE user_id = $1; DELETE FROM users WHERE id = $1"
}

# dump_tables FILE TEXT: "table rows" per table of the dump FILE with rows
# that hold TEXT (any case), sorted by table.
dump_tables() {
	grep -iF -- "$2" "$1" | sed -n 's/^INSERT INTO `\([a-z_]*\)`.*/\1/p' | sort | uniq -c |
		awk '{ print $2, $1 }'
}
