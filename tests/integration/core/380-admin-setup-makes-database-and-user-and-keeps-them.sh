# cimolt-admin setup, as root of the local MariaDB, creates the database
# and the user of [database] with that password, applies every migration
# and imports the shipped questionnaire and advice; run again, it keeps
# all of it. It refuses the example's password "change-me" before
# creating anything, and says so when the user exists with another
# password.
db=cimolt_setup_$$ user=cimolt_su_$$ pw=$(openssl rand -hex 16)
cfg=$TEST_TMP/setup.ini
on_exit "stack_sql -e \"DROP DATABASE IF EXISTS $db; DROP USER IF EXISTS '$user'@'localhost'\""
stack_write_config "$cfg" "" "$db" "unix:$STACK_SOCKDIR/t-setup.sock"
sed -i -e "s/^user = .*/user = $user/" -e "s/^password = .*/password = change-me/" "$cfg"

admin_cli_as() { "$STACK_BIN/cimolt-admin" -c "$cfg" "$@" >"$TEST_TMP/out" 2>&1; }

admin_cli_as setup --admin-user "$STACK_ADMIN_USER"
assert_eq "$?" 1 "exit status with password change-me"
grep -qF "[database] password is still change-me" "$TEST_TMP/out" ||
	fail "no 'password is still change-me' in: $(cat "$TEST_TMP/out")"
assert_eq "$(stack_sql -N -B -e "SELECT COUNT(*) FROM information_schema.schemata
	WHERE schema_name = '$db'")" 0 "databases made with change-me"

sed -i "s/^password = .*/password = $pw/" "$cfg"
admin_cli_as setup --admin-user "$STACK_ADMIN_USER" ||
	fail "setup failed: $(tail -n 5 "$TEST_TMP/out")"
migrations=$(ls "$STACK_ROOT"/schema/*.sql | wc -l)
assert_eq "$(mariadb --no-defaults --socket="$STACK_DB_SOCK" -u "$user" -p"$pw" -N -B "$db" \
	-e "SELECT COUNT(*) FROM schema_migrations")" "$migrations" "migrations applied, as $user"
assert_eq "$(stack_sql -N -B "$db" -e "SELECT COUNT(*) FROM questionnaires")" 1 "questionnaires"
assert_eq "$(stack_sql -N -B "$db" -e "SELECT COUNT(*) FROM advice_sets")" 1 "advice sets"

admin_cli_as setup --admin-user "$STACK_ADMIN_USER" ||
	fail "setup run again failed: $(tail -n 5 "$TEST_TMP/out")"
grep -qF "was imported already" "$TEST_TMP/out" || fail "second run: $(cat "$TEST_TMP/out")"
assert_eq "$(stack_sql -N -B "$db" -e "SELECT COUNT(*) FROM questionnaires")" 1 "questionnaires after a second run"

sed -i "s/^password = .*/password = another-$pw/" "$cfg"
admin_cli_as setup --admin-user "$STACK_ADMIN_USER"
assert_eq "$?" 1 "exit status when the user has another password"
grep -qF "cannot sign in to MariaDB as $user with the password of [database]" "$TEST_TMP/out" ||
	fail "no 'cannot sign in' in: $(cat "$TEST_TMP/out")"
