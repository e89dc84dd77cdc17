# With [cache] shared_version = yes, a change that cimolt-admin commits
# (org import renames a municipality) shows on the very next request of a
# kept page that names it (the practice library, /praktijk, by the
# practice's municipality), in every worker: cimolt-admin raises the
# shared change counter too.
# An hour between readings: only the counter can make the change show.
cache_shared_version yes 3600000
bench_test_orgs
on_exit "bench_test_orgs"
w=$(unique name | tr -d '-' | tr 0-9 a-j)
p=$(practice_sql GM9904 "Hernoemde gemeente $w" "s" "a" "r" gww 2024 1 hergebruik) || fail "cannot add"
on_exit "drop_practice $p"
cache_list_rounds HAS "Testgemeente Heuvelland<"

printf 'kind;name;cbs_code;province;size_class\ngemeente;Testgemeente Heuvelland %s;GM9904;PV31;<20k\n' "$w" \
	>"$TEST_TMP/orgs.csv"
admin_cli org import "$TEST_TMP/orgs.csv" >"$TEST_TMP/out" 2>&1 || fail "org import failed: $(cat "$TEST_TMP/out")"
cache_list_rounds HAS "Testgemeente Heuvelland $w<"
