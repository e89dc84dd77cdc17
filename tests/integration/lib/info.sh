# tests/integration/lib/info.sh: the information pages and the revisions
# of their texts (loaded by tests/integration/run).

# info_keep: removes, when the test ends, every revision added after now,
# so that each page shows the text it showed before.
info_keep() {
	local last
	last=$(sql "SELECT IFNULL(MAX(id), 0) FROM info_revisions")
	on_exit "sql \"DELETE FROM info_revisions WHERE id > $last\""
}

# info_text PAGE LANG: the text page PAGE shows in LANG (its newest
# revision), as stored.
info_text() {
	stack_sql -N -B -r "$STACK_DB_NAME" -e "SELECT body FROM info_revisions
		WHERE page = '$1' AND lang = '$2' ORDER BY id DESC LIMIT 1"
}

# info_save JAR PAGE DUTCH ENGLISH: POST the editing form of PAGE with both
# texts as the visitor of JAR. Sets STATUS like http.
info_save() {
	send_form "$1" "/beheer/teksten/$2" "tekst_nl=$3" "tekst_en=$4"
}
