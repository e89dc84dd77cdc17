# Helpers of the page cache's tests (tests/integration/cache/).

# cache_shared_version yes|no: make the stack's [cache] shared_version
# this for the test (configuration reloaded with SIGHUP, every worker
# new) and put the configuration back at the end.
cache_shared_version() {
	cp "$STACK_CONFIG" "$TEST_TMP/cimolt.ini.saved" || fail "cannot keep the configuration"
	on_exit "bench_config_restore"
	{ grep -v '^shared_version' "$TEST_TMP/cimolt.ini.saved"
		printf '\n[cache]\nshared_version = %s\n' "$1"; } >"$STACK_CONFIG"
	bench_reload
}

# cache_feed_rounds HAS|LACKS TEXT: GET /praktijk.atom as often as it
# takes every worker to answer it (each keeps its own pages), each answer
# 200 with (HAS) or without (LACKS) TEXT.
cache_feed_rounds() {
	local i
	for i in 1 2 3 4 5 6 7 8; do
		http GET /praktijk.atom
		assert_status 200
		if [ "$1" = HAS ]; then
			assert_body_has "$2"
		else
			assert_body_lacks "$2"
		fi
	done
}
