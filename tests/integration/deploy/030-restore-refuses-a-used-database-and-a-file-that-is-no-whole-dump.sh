# cimolt-admin restore exits 1 with a message and loads nothing into a
# database that has tables, nor from a file that is not a whole dump
# (not a dump at all, or one cut short).
db=cimolt_t_refuse
new_database "$db"
serve_database "$db"
out=$(admin_cli backup "$TEST_TMP/empty.sql" 2>&1) || fail "backup of the empty database exited $?: $out"
out=$(admin_cli migrate 2>&1) || fail "migrate exited $?: $out"
out=$(admin_cli backup "$TEST_TMP/full.sql" 2>&1) || fail "backup exited $?: $out"
db_dump_of "$db" >"$TEST_TMP/before.sql"

# restore_refused FILE MESSAGE: restore FILE exits 1 saying MESSAGE, and
# the database is as before.
restore_refused() {
	local out rc=0
	out=$(admin_cli restore "$1" 2>&1) || rc=$?
	assert_eq "$rc" 1 "exit status of restore $1"
	grep -qF -- "$2" <<<"$out" || fail "restore $1 said '$out', expected '$2'"
	db_dump_of "$db" | diff -q "$TEST_TMP/before.sql" - >/dev/null || fail "restore $1 changed the database"
}
n=$(sql "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$db'")
restore_refused "$TEST_TMP/empty.sql" "restore: database $db is not empty ($n tables)"

# From here on into an empty database: nothing may be loaded into it.
stack_sql -e "DROP DATABASE \`$db\`; CREATE DATABASE \`$db\`"
db_dump_of "$db" >"$TEST_TMP/before.sql"
head -c $(($(stat -c %s "$TEST_TMP/full.sql") / 2)) "$TEST_TMP/full.sql" >"$TEST_TMP/cut.sql"
restore_refused "$TEST_TMP/cut.sql" "restore: $TEST_TMP/cut.sql is cut short"
printf 'DROP TABLE users;\n' >"$TEST_TMP/other.sql"
restore_refused "$TEST_TMP/other.sql" "restore: $TEST_TMP/other.sql is not a dump made by cimolt-admin backup"
restore_refused "$TEST_TMP/missing.sql" "restore: $TEST_TMP/missing.sql: No such file or directory"
