# tests/integration/lib/privacy.sh: the retention purge, and what the
# whole database holds about a person (loaded by tests/integration/run).

# db_dump FILE: the whole application database as mariadb-dump writes it
# (one INSERT per row, so that a grep counts rows).
db_dump() {
	mariadb-dump --no-defaults --socket="$STACK_DB_SOCK" -u "$STACK_ADMIN_USER" \
		--skip-extended-insert --skip-comments --hex-blob "$STACK_DB_NAME" >"$1" ||
		fail "mariadb-dump failed"
}

# dump_count FILE TEXT: how many lines of the dump FILE hold TEXT
# (fixed string, any case).
dump_count() { grep -ciF -- "$2" "$1" || true; }

# purge_counts [--dry-run]: run cimolt-admin purge and print "rule count"
# per line, as it printed them; fails the test when it fails.
purge_counts() {
	local out
	out=$(admin_cli purge "$@" 2>&1) || fail "cimolt-admin purge $* failed: $out"
	printf '%s\n' "$out" | awk 'NR > 1 { print $1, $2 }'
}

# purge_count COUNTS RULE: the count of RULE in the output of purge_counts.
purge_count() { awk -v r="$2" '$1 == r { print $2 }' <<<"$1"; }
