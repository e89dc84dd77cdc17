# tests/integration/lib/practice.sh: the practice library (loaded by
# tests/integration/run).
#
# Tests make their own practices (through the pages, or published ones
# straight in SQL with practice_sql) and remove them when they end; the
# demo practices are never relied on. Search tests put a word of their
# own (unique) in their texts and search for it, so other practices
# cannot disturb the counts.

# drop_practice ID: remove a practice with its revisions, links and
# contact records (the foreign keys cascade).
drop_practice() { sql "DELETE FROM practices WHERE id = $1"; }

# PRACTICE_FIELDS: a complete, valid practice form (title last, so a test
# can add its own).
PRACTICE_FIELDS=("summary=Een gemeente kocht circulair in." "approach=Gunning op circulariteit."
	"results=Minder primaire grondstoffen." year=2025 category=gww value_band=215k-1m
	themes=inkoopbeleid aspects=hergebruik aspects=kringloop)

# practice_new JAR TITLE [NAME=VALUE...]: write a new practice through
# /praktijk/nieuw as the visitor of JAR; must answer 303 to
# /praktijk/ID?klaar=practice.saved. Sets PRACTICE (removed at the end).
practice_new() {
	local j=$1 title=$2 loc
	shift 2
	send_form "$j" /praktijk/nieuw "${PRACTICE_FIELDS[@]}" "title=$title" "$@"
	loc=$(header Location)
	PRACTICE=$(sed -nE 's|^/praktijk/([0-9]+)\?klaar=practice\.saved$|\1|p' <<<"$loc")
	[ "$STATUS" = 303 ] && [ -n "$PRACTICE" ] ||
		fail "$REQ: status $STATUS, Location '$loc'; errors: $(xpath_errors)"
	on_exit "drop_practice $PRACTICE"
}

# practice_sql CBS TITLE SUMMARY APPROACH RESULTS CATEGORY YEAR PUBLIC
# [ASPECT...]: a published practice of the municipality CBS made in SQL
# (as an organiser's publication leaves it), with these texts and aspects
# (public: 1 or 0). Prints its id; the caller registers drop_practice.
practice_sql() {
	local org rev id a
	org=$(org_id "$1") || return 1
	id=$(sql "INSERT INTO practices (uuid, organisation_id, created_at)
		VALUES (UUID(), $org, UTC_TIMESTAMP()); SELECT LAST_INSERT_ID()") || return 1
	rev=$(sql "INSERT INTO practice_revisions (practice_id, status, title, summary, approach, results,
		year, category, created_at) VALUES ($id, 'published', $(sql_text "$2"), $(sql_text "$3"),
		$(sql_text "$4"), $(sql_text "$5"), $7, '$6', UTC_TIMESTAMP()); SELECT LAST_INSERT_ID()") || return 1
	for a in "${@:9}"; do
		sql "INSERT INTO practice_aspects (revision_id, aspect) VALUES ($rev, '$a')" || return 1
	done
	sql "UPDATE practices p JOIN practice_revisions r ON r.id = $rev SET p.published_revision_id = r.id,
		p.published_at = UTC_TIMESTAMP(),
		p.first_published_at = UTC_TIMESTAMP(), p.is_public = $8 WHERE p.id = $id" || return 1
	# The search terms, as publishing makes them.
	admin_cli practice reindex >/dev/null || return 1
	printf '%s\n' "$id"
}

# practice_ids: the ids of the practices the last answer lists
# (/page/practices), in order, space-separated.
practice_ids() {
	xmllint --xpath '/page/practices/practice/@id' "$TEST_TMP/body" 2>/dev/null |
		grep -o '[0-9]*' | paste -sd ' ' -
}

# demo_practice_ids: practice_ids less the practices other tests left
# (the browser suite publishes one): the demo practices' ids, 1 to 14.
demo_practice_ids() { practice_ids | tr ' ' '\n' | awk '$1 <= 14' | paste -sd ' ' -; }

# practice_state ID: "working-status published-revision public" of a
# practice, e.g. "submitted 0 0" or "none 41 1".
practice_state() {
	sql "SELECT CONCAT_WS(' ', IFNULL(w.status, 'none'), IFNULL(p.published_revision_id, 0), p.is_public)
		FROM practices p LEFT JOIN practice_revisions w ON w.id = p.working_revision_id WHERE p.id = $1"
}

# practice_notice TYPE ID: the uuid of the outbox row of TYPE about
# practice ID (the newest), "" when none.
practice_notice() {
	sql "SELECT uuid FROM outbox WHERE type = '$1' AND JSON_VALUE(body, '$.data.practice.id') = $2
		ORDER BY id DESC LIMIT 1"
}
