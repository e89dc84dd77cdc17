# A configuration without a required key makes cimoltd exit 1 at once with
# a message naming the file, the line (of the key's section) and the key;
# a bad value names the line of the value.
cfg=$TEST_TMP/cimolt.ini
stack_write_config "$cfg" "" "" "unix:$STACK_SOCKDIR/t-bad.sock"
grep -v '^name = ' "$cfg" >"$TEST_TMP/missing.ini"
line=$(grep -n '^\[database\]' "$TEST_TMP/missing.ini" | cut -d: -f1)

timeout 5 "$STACK_BIN/cimoltd" -c "$TEST_TMP/missing.ini" >"$TEST_TMP/out" 2>&1
assert_eq "$?" 1 "exit status with [database] name missing"
grep -qxF "$TEST_TMP/missing.ini:$line: [database] name: missing" "$TEST_TMP/out" ||
	fail "no '$TEST_TMP/missing.ini:$line: [database] name: missing' in: $(head -n 3 "$TEST_TMP/out")"

sed 's/^workers = .*/workers = many/' "$cfg" >"$TEST_TMP/value.ini"
line=$(grep -n '^workers = ' "$TEST_TMP/value.ini" | cut -d: -f1)
timeout 5 "$STACK_BIN/cimoltd" -c "$TEST_TMP/value.ini" >"$TEST_TMP/out" 2>&1
assert_eq "$?" 1 "exit status with workers = many"
grep -qF "$TEST_TMP/value.ini:$line: [server] workers:" "$TEST_TMP/out" ||
	fail "no '$TEST_TMP/value.ini:$line: [server] workers:' in: $(head -n 3 "$TEST_TMP/out")"

# cimolt-admin reads the same file the same way.
timeout 5 "$STACK_BIN/cimolt-admin" -c "$TEST_TMP/missing.ini" migrate >"$TEST_TMP/out" 2>&1
assert_eq "$?" 1 "cimolt-admin exit status with [database] name missing"
