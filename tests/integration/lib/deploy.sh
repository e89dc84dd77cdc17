# tests/integration/lib/deploy.sh: backup, restore and upgrade: other
# databases on the test stack's MariaDB, served for a while by its
# cimoltd, and the previous release built from git (loaded by
# tests/integration/run).

# The previous release: 0.1.0, the state before the work that made
# CIMoLT installable (the last commit before it, in main's history).
RELEASE_PREV=0.1.0
RELEASE_PREV_COMMIT=626cb9ae4db42f53cfb4041bd1753e5627682516

# new_database DB: create the empty database DB (dropped when the test
# ends) for the stack's database user.
new_database() {
	stack_sql -e "DROP DATABASE IF EXISTS \`$1\`; CREATE DATABASE \`$1\`
		CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
		GRANT ALL ON \`$1\`.* TO '$STACK_DB_USER'@'localhost'" || fail "cannot create database $1"
	on_exit "stack_sql -e 'DROP DATABASE IF EXISTS \`$1\`'"
}

# serve_database DB: point the test stack's cimoltd and cimolt-admin
# (STACK_CONFIG, admin_cli) and the sql helper at database DB, and
# reload cimoltd; when the test ends, its own database again.
serve_database() {
	if [ ! -f "$TEST_TMP/stack.ini" ]; then
		cp -p "$STACK_CONFIG" "$TEST_TMP/stack.ini" || fail "cannot keep $STACK_CONFIG"
		on_exit serve_own_database
	fi
	sed "/^\[database\]/,/^\[/ s/^name = .*/name = $1/" "$TEST_TMP/stack.ini" >"$STACK_CONFIG" ||
		fail "cannot write $STACK_CONFIG"
	STACK_DB_NAME=$1
	serve_reload || fail "cimoltd did not come back on database $1"
}
serve_own_database() {
	cp -p "$TEST_TMP/stack.ini" "$STACK_CONFIG" && serve_reload
}
# serve_reload: a running cimoltd reloads its configuration (and the
# test waits for the new workers); a stopped one is started.
serve_reload() {
	if stack_pid cimoltd >/dev/null; then reload_cimoltd; else stack_fcgi_start; fi
}

# db_dump_of DB: the whole of database DB (schema and rows) as SQL, in a
# form that compares with diff.
db_dump_of() {
	mariadb-dump --no-defaults --default-character-set=utf8mb4 --socket="$STACK_DB_SOCK" \
		-u "$STACK_ADMIN_USER" --skip-comments --skip-dump-date --skip-extended-insert \
		--hex-blob "$1"
}

# release_build: build the previous release's cimolt-admin from git (the
# source of RELEASE_PREV_COMMIT, configured and made as dev/up would)
# under var/release-RELEASE_PREV, once: later calls find it built. Sets
# RELEASE_DIR (its source tree, with fcgi/cimolt-admin).
release_build() {
	local top=$STACK_ROOT/var/release-$RELEASE_PREV
	RELEASE_DIR=$top/src
	[ -f "$top/built-$RELEASE_PREV_COMMIT" ] && [ -x "$RELEASE_DIR/fcgi/cimolt-admin" ] && return 0
	git -C "$STACK_ROOT" cat-file -e "$RELEASE_PREV_COMMIT^{commit}" 2>/dev/null ||
		fail "commit $RELEASE_PREV_COMMIT ($RELEASE_PREV) is not in this clone's history"
	rm -rf "$top" && mkdir -p "$RELEASE_DIR" || fail "cannot make $RELEASE_DIR"
	git -C "$STACK_ROOT" archive "$RELEASE_PREV_COMMIT" | tar -x -C "$RELEASE_DIR" ||
		fail "cannot extract $RELEASE_PREV_COMMIT"
	(cd "$RELEASE_DIR" && autoreconf -fi && ./configure -q &&
		make -s -j"$(nproc 2>/dev/null || echo 2)" fcgi/cimolt-admin) >"$top/build.log" 2>&1 ||
		fail "building $RELEASE_PREV failed: $(tail -n 5 "$top/build.log")"
	touch "$top/built-$RELEASE_PREV_COMMIT"
}

# release_database DB: make DB (new_database) what the previous release's
# dev/up made: its migrations, its demo data, accounts, practices,
# monitor and benchmark, each by its own scripts (dev/lib/stack.sh of
# that commit) and its own cimolt-admin. Needs release_build.
release_database() {
	local db=$1 sqlfn
	new_database "$db"
	# Its stack_sql did not yet talk UTF-8 whatever the locale: the
	# current one loads its demo files as they are meant.
	sqlfn=$(declare -f stack_sql)
	(
		sock=$STACK_DB_SOCK password=$STACK_DB_PASSWORD port=$STACK_PORT
		. "$RELEASE_DIR/dev/lib/stack.sh" || exit 1
		eval "$sqlfn"
		stack_init "$TEST_TMP/release-var" "$port" || exit 1
		STACK_DB_SOCK=$sock STACK_DB_PASSWORD=$password STACK_DB_NAME=$db
		STACK_BIN=$RELEASE_DIR/fcgi
		stack_write_config && stack_migrate && stack_load_demo && stack_demo_accounts &&
			stack_demo_practices && stack_demo_monitor && stack_demo_benchmark
	) >"$TEST_TMP/release.log" 2>&1 ||
		fail "making the $RELEASE_PREV database failed: $(tail -n 5 "$TEST_TMP/release.log")"
}
