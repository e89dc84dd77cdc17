# Every route of fcgi/routes.c, by method, has a row in the authorisation
# matrix (tests/integration/lib/authorisation.sh), so that no route goes
# without its roles being tested.
authorisation_setup
matrix=$(authorisation_matrix)
grep -oE '^[[:space:]]*\{ "/[^"]*", M_[A-Z]+' "$STACK_ROOT/fcgi/routes.c" |
	sed -E 's/^[[:space:]]*\{ "([^"]*)", M_([A-Z]+)/\2 \1/' >"$TEST_TMP/routes"
[ -s "$TEST_TMP/routes" ] || fail "no routes found in fcgi/routes.c"
while read -r m pattern; do
	path=$(sed -e "s/{token}/$tok/g" -e 's/{id}/999999/g' <<<"$pattern")
	case $m in BOTH) ms="GET POST" ;; *) ms=$m ;; esac
	for m in $ms; do
		grep -qxF -- "$m $path" <(cut -d' ' -f1,2 <<<"$matrix") ||
			fail "route $m $pattern of fcgi/routes.c has no row in the authorisation matrix"
	done
done <"$TEST_TMP/routes"
