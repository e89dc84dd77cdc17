# cimolt-admin backup and restore hand the database password to the
# MariaDB clients in an option file of mode 0600, never in their
# arguments (which ps shows to every user), and remove the file after.
# A mariadb-dump and a mariadb on PATH that record what they get stand
# in for the real ones.
mkdir -p "$TEST_TMP/bin"
for prog in mariadb-dump mariadb; do
	cat >"$TEST_TMP/bin/$prog" <<-SH
		#!/bin/sh
		printf '%s\n' "\$@" >"$TEST_TMP/$prog.args"
		f=\$(printf '%s\n' "\$@" | sed -n 's/^--defaults-file=//p')
		stat -c %a "\$f" >"$TEST_TMP/$prog.mode"
		cat "\$f" >"$TEST_TMP/$prog.options"
		if [ $prog = mariadb-dump ]; then
			printf -- '-- MariaDB dump\n-- Dump completed\n'
		else
			cat >/dev/null
		fi
	SH
	chmod +x "$TEST_TMP/bin/$prog"
done
password=$(sed -n '/^\[database\]/,/^\[/ s/^password = //p' "$STACK_CONFIG")
[ -n "$password" ] || fail "no [database] password in $STACK_CONFIG"
db=cimolt_t_private
new_database "$db"
sed "/^\[database\]/,/^\[/ s/^name = .*/name = $db/" "$STACK_CONFIG" >"$TEST_TMP/cimolt.ini"
tmp=$TEST_TMP/tmp
mkdir -p "$tmp"

PATH=$TEST_TMP/bin:$PATH TMPDIR=$tmp "$STACK_BIN/cimolt-admin" -c "$TEST_TMP/cimolt.ini" \
	backup "$TEST_TMP/b.sql" >"$TEST_TMP/out" 2>&1 || fail "backup exited $?: $(cat "$TEST_TMP/out")"
PATH=$TEST_TMP/bin:$PATH TMPDIR=$tmp "$STACK_BIN/cimolt-admin" -c "$TEST_TMP/cimolt.ini" \
	restore "$TEST_TMP/b.sql" >"$TEST_TMP/out" 2>&1 || fail "restore exited $?: $(cat "$TEST_TMP/out")"
for prog in mariadb-dump mariadb; do
	[ -s "$TEST_TMP/$prog.args" ] || fail "$prog was not run"
	! grep -qF -- "$password" "$TEST_TMP/$prog.args" || fail "$prog got the password in its arguments"
	# MariaDB's clients take --defaults-file only as the first argument.
	case $(head -n 1 "$TEST_TMP/$prog.args") in
	--defaults-file=*) ;;
	*) fail "$prog's first argument is $(head -n 1 "$TEST_TMP/$prog.args"), not --defaults-file" ;;
	esac
	assert_eq "$(cat "$TEST_TMP/$prog.mode")" 600 "mode of $prog's option file"
	grep -qxF -- "password = \"$password\"" "$TEST_TMP/$prog.options" ||
		fail "$prog's option file lacks the password: $(sed 's/password.*/password .../' "$TEST_TMP/$prog.options")"
	grep -qx "$db" "$TEST_TMP/$prog.args" || fail "$prog was not given database $db"
done
assert_eq "$(ls -A "$tmp")" "" "files left in TMPDIR"
