# cimolt-admin migrate refuses (exit 1, naming the file) when a migration
# that was already applied has changed since, and leaves the database alone.
db=cimolt_t_migrate_changed
stack_sql -e "DROP DATABASE IF EXISTS \`$db\`; CREATE DATABASE \`$db\`;
	GRANT ALL ON \`$db\`.* TO '$STACK_DB_USER'@'localhost'" || fail "cannot create $db"
on_exit "stack_sql -e 'DROP DATABASE IF EXISTS \`$db\`'"
cp -r "$STACK_ROOT/schema" "$TEST_TMP/schema"
cfg=$TEST_TMP/cimolt.ini
stack_write_config "$cfg" "$TEST_TMP/schema" "$db"

"$STACK_BIN/cimolt-admin" -c "$cfg" migrate >"$TEST_TMP/first" 2>&1 ||
	fail "first migrate exited $?: $(tail -n 3 "$TEST_TMP/first")"
first=$(cd "$TEST_TMP/schema" && ls [0-9]*.sql | sort | head -n 1)
[ -n "$first" ] || fail "no NNN_name.sql migration in schema/"
printf -- '-- changed after it was applied\n' >>"$TEST_TMP/schema/$first"

dump() {
	mariadb-dump --no-defaults --socket="$STACK_DB_SOCK" -u "$STACK_ADMIN_USER" \
		--skip-comments --skip-dump-date "$db"
}
dump >"$TEST_TMP/before" || fail "mariadb-dump failed"
"$STACK_BIN/cimolt-admin" -c "$cfg" migrate >"$TEST_TMP/second" 2>&1
assert_eq "$?" 1 "exit status of migrate after $first changed"
grep -qF "$first" "$TEST_TMP/second" ||
	fail "the refusal does not name $first: $(head -n 3 "$TEST_TMP/second")"
dump >"$TEST_TMP/after" || fail "mariadb-dump failed"
cmp -s "$TEST_TMP/before" "$TEST_TMP/after" || fail "the refused migrate changed the database"
