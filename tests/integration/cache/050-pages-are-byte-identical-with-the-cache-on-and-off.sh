# Every kept page is the same, byte for byte, whether it was kept (the
# cache on, asked twice) or rendered afresh ([cache] size_kb = 0), for an
# anonymous visitor and for a signed-in coordinator.
pages_public="/ /programma /programma/1 /praktijk /praktijk/1 /praktijk.atom /?lang=en /praktijk?lang=en"
pages_signed="/benchmark/2025 /advies/2025 /monitor/2025/resultaat"
sign_in_as c coordinator

# fetch DIR: every page into DIR, each asked twice (the second from the
# cache when it is on), both answers the same.
fetch() {
	local p f
	mkdir -p "$TEST_TMP/$1"
	for p in $pages_public $pages_signed; do
		f=$TEST_TMP/$1/$(printf %s "$p" | tr '/?=' '___')
		for i in 1 2; do
			case " $pages_signed " in
			*" $p "*) http_as c GET "$p" ;;
			*) http GET "$p" ;;
			esac
			assert_status 200
			cp "$TEST_TMP/body" "$f.$i"
		done
		cmp -s "$f.1" "$f.2" || fail "$1: GET $p gave two different bodies"
	done
}

fetch on
cp "$STACK_CONFIG" "$TEST_TMP/cimolt.ini.saved" || fail "cannot keep the configuration"
on_exit "bench_config_restore"
{ sed '/^\[cache\]$/,/^\[/{/^size_kb/d}' "$TEST_TMP/cimolt.ini.saved"; printf '\n[cache]\nsize_kb = 0\n'; } >"$STACK_CONFIG"
bench_reload
fetch off
for f in "$TEST_TMP"/on/*.1; do
	g=$TEST_TMP/off/$(basename "$f")
	cmp -s "$f" "$g" || fail "$(basename "$f" .1): the page differs with the cache on and off:
$(diff "$f" "$g" | head -n 8 || true)"
done
