# Helpers of the page cache's tests (tests/integration/cache/).

# cache_shared_version yes|no [RECHECK_MS]: make the stack's [cache]
# shared_version this, and recheck_ms (default 1000), for the test
# (configuration reloaded with SIGHUP, every worker new) and put the
# configuration back at the end.
cache_shared_version() {
	cp "$STACK_CONFIG" "$TEST_TMP/cimolt.ini.saved" || fail "cannot keep the configuration"
	on_exit "bench_config_restore"
	{ grep -v '^shared_version\|^recheck_ms' "$TEST_TMP/cimolt.ini.saved"
		printf '\n[cache]\nshared_version = %s\nrecheck_ms = %s\n' "$1" "${2:-1000}"; } >"$STACK_CONFIG"
	bench_reload
}

# cache_list_rounds HAS|LACKS TEXT: GET /praktijk (a kept page) as often
# as it takes every worker to answer it (each keeps its own pages), each
# answer 200 with (HAS) or without (LACKS) TEXT.
cache_list_rounds() {
	local i
	for i in 1 2 3 4 5 6 7 8; do
		http GET /praktijk
		assert_html_page 200
		if [ "$1" = HAS ]; then
			assert_body_has "$2"
		else
			assert_body_lacks "$2"
		fi
	done
}
