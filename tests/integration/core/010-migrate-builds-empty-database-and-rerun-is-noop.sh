# cimolt-admin migrate builds the schema in an empty database, and running
# it a second time changes nothing (same tables, same rows).
db=cimolt_t_migrate
stack_sql -e "DROP DATABASE IF EXISTS \`$db\`; CREATE DATABASE \`$db\`;
	GRANT ALL ON \`$db\`.* TO '$STACK_DB_USER'@'localhost'" || fail "cannot create $db"
on_exit "stack_sql -e 'DROP DATABASE IF EXISTS \`$db\`'"
cfg=$TEST_TMP/cimolt.ini
stack_write_config "$cfg" "$STACK_ROOT/schema" "$db"

"$STACK_BIN/cimolt-admin" -c "$cfg" migrate >"$TEST_TMP/first" 2>&1 ||
	fail "first migrate exited $?: $(tail -n 3 "$TEST_TMP/first")"

# Every column the contract names is there.
for col in id title description audience kind starts_at ends_at place online_url \
	capacity per_org_limit confirmed_count status registration_opens_at \
	registration_closes_at; do
	n=$(stack_sql -N -B -e "SELECT COUNT(*) FROM information_schema.columns
		WHERE table_schema = '$db' AND table_name = 'events' AND column_name = '$col'")
	assert_eq "$n" 1 "column events.$col"
done

dump() {
	mariadb-dump --no-defaults --socket="$STACK_DB_SOCK" -u "$STACK_ADMIN_USER" \
		--skip-comments --skip-dump-date "$db"
}
dump >"$TEST_TMP/before" || fail "mariadb-dump failed"
"$STACK_BIN/cimolt-admin" -c "$cfg" migrate >"$TEST_TMP/second" 2>&1 ||
	fail "second migrate exited $?: $(tail -n 3 "$TEST_TMP/second")"
dump >"$TEST_TMP/after" || fail "mariadb-dump failed"
diff -u "$TEST_TMP/before" "$TEST_TMP/after" >"$TEST_TMP/diff" ||
	fail "the second migrate changed the database: $(head -n 12 "$TEST_TMP/diff")"
