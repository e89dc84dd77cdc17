# A database of the previous release (RELEASE_PREV, built from git: its
# migrations and the demo data its dev/up made, by its own cimolt-admin)
# upgraded with the current cimolt-admin migrate, and the benchmark
# recomputed as NEWS says: every column of every table it had holds the
# same rows (but the table the upgrade drops), and the site works on it:
# the demo member signs in and sees their benchmark and own scores, and
# a visitor registers for a demo event.
release_build
db=cimolt_t_upgrade
release_database "$db"
STACK_DB_NAME=$db
applied=$(sql "SELECT GROUP_CONCAT(name ORDER BY name) FROM schema_migrations")
release_files=$(git -C "$STACK_ROOT" ls-tree --name-only "$RELEASE_PREV_COMMIT" schema/ |
	sed -n 's|^schema/\([0-9][0-9][0-9]_.*\.sql\)$|\1|p' | paste -sd, -)
assert_eq "$applied" "$release_files" "migrations of the $RELEASE_PREV database"

# digests: per table of the database, the number and a digest of its
# rows over the columns it had in RELEASE_PREV (listed in
# $TEST_TMP/columns with the rows that count), one line each. Changed by
# design, and so left out: the migrations applied after (new rows of
# schema_migrations), the version and time of a peer group's
# computation (benchmark recompute), the practices' search columns,
# which migration 020 replaces by their stemmed words (practice_terms),
# the organisations migration 026 adds (rows after the last one there
# was) and their consent to be named (show_name), which migration 030
# withdraws so that it is asked again in the words of the named view.
maxorg=$(sql "SELECT MAX(id) FROM organisations")
sql "SELECT table_name, GROUP_CONCAT(column_name ORDER BY ordinal_position), 'TRUE'
	FROM information_schema.columns WHERE table_schema = '$db'
	AND NOT (table_name = 'peer_groups' AND column_name IN ('version', 'computed_at'))
	AND NOT (table_name = 'practices' AND column_name LIKE 'search\\_%')
	GROUP BY table_name ORDER BY table_name" |
	awk -v m="$maxorg" -v w="name IN ('$(sed "s/,/','/g" <<<"$release_files")')" 'BEGIN { FS = OFS = "\t" }
		$1 == "schema_migrations" { $3 = w }
		$1 == "organisations" { $3 = "id <= " m; gsub(/(^|,)show_name(,|$)/, ",", $2); gsub(/^,|,$/, "", $2) }
		{ print }' >"$TEST_TMP/columns"
digests() {
	local t cols where list
	while IFS=$'\t' read -r t cols where; do
		if [ "$(sql "SELECT COUNT(*) FROM information_schema.tables
			WHERE table_schema = '$db' AND table_name = '$t'")" = 0 ]; then
			echo "$t gone"
			continue
		fi
		list=$(sed 's/[^,]*/IFNULL(CAST(`&` AS CHAR), "-NULL-")/g' <<<"$cols")
		echo "$t $(sql "SELECT COUNT(*), IFNULL(BIT_XOR(CAST(CONV(LEFT(MD5(CONCAT_WS(0x1f,
			$list)), 16), 16, 10) AS UNSIGNED)), 0) FROM \`$t\` WHERE $where" | tr '\t' ' ')"
	done <"$TEST_TMP/columns"
}
digests >"$TEST_TMP/before"
awk 'NF != 3 { bad = 1 } END { exit bad }' "$TEST_TMP/before" ||
	fail "cannot digest the tables: $(cat "$TEST_TMP/before")"
grep -q '^users [1-9]' "$TEST_TMP/before" || fail "the $RELEASE_PREV database has no users: $(cat "$TEST_TMP/before")"
grep -q '^scores [1-9]' "$TEST_TMP/before" || fail "the $RELEASE_PREV database has no scores"

serve_database "$db"
out=$(admin_cli migrate 2>&1) || fail "migrate exited $?: $out"
out=$(admin_cli benchmark recompute 2>&1) || fail "benchmark recompute exited $?: $out"
digests >"$TEST_TMP/after"
# By design: the exact ranks' cache goes (migration 011), and the peer
# statistics are computed again (their exact figures are the same).
sed -e 's/^peer_positions .*/peer_positions gone/' "$TEST_TMP/before" >"$TEST_TMP/expected"
diff -u "$TEST_TMP/expected" "$TEST_TMP/after" >"$TEST_TMP/diff" ||
	fail "the upgrade changed rows: $(grep '^[-+][a-z]' "$TEST_TMP/diff" | head -n 6 | tr '\n' ' ')"
assert_eq "$(sql "SELECT COUNT(*) FROM schema_migrations")" "$(ls "$STACK_ROOT"/schema/[0-9][0-9][0-9]_*.sql | wc -l)" \
	"migrations applied after the upgrade"
assert_eq "$(sql "SELECT COUNT(DISTINCT practice_id) FROM practice_terms")" \
	"$(sql "SELECT COUNT(*) FROM practices WHERE published_revision_id IS NOT NULL")" \
	"published practices with their stemmed words after the upgrade"

sign_in_as m member
year=$(sql "SELECT MAX(r.year) FROM rounds r JOIN organisations o ON o.id = r.organisation_id
	WHERE o.cbs_code = 'GM0228' AND r.status = 'submitted'")
[ -n "$year" ] && [ "$year" != NULL ] || fail "Ede has no submitted round in the $RELEASE_PREV data"
http_as m GET "/benchmark/$year?format=xml"
assert_status 200
assert_xpath /page/benchmark/@hidden no
own=$(sql "SELECT ROUND(s.score, 1) FROM scores s JOIN rounds r ON r.id = s.round_id
	JOIN organisations o ON o.id = r.organisation_id WHERE o.cbs_code = 'GM0228'
	AND r.year = $year AND s.scope = 'overall'")
assert_xpath "/page/benchmark/stat[@scope='overall']/@own" "$own"
http_as m GET "/benchmark/$year"
assert_html_page 200

event=$(sql "SELECT MIN(id) FROM events WHERE status = 'open' AND kind = 'masterclass'")
email=$(unique upgrade)@ede.example
register v "$event" GM0228 "Uma Upgrade" "$email" "Inkoper"
case $STATUS in 303 | 200) ;; *) fail "$REQ: status $STATUS, expected 303 or 200" ;; esac
assert_eq "$(sql "SELECT COUNT(*) FROM outbox WHERE JSON_CONTAINS(JSON_EXTRACT(body, '$.mail.to'),
	JSON_QUOTE('$email'))")" 1 "messages to $email in the outbox"
