# Every POST route of fcgi/routes.c, sent by a signed-in administrator
# (whom every route admits) with a form but without a valid csrf field,
# answers the rendered 403 page and changes nothing in the database. The
# ids in the paths are of rows that exist, so a missing check would show.
sign_in_as adm admin
member=$(sql "SELECT id FROM users WHERE email = '$(demo_email member)'")
outbox=$(sql "SELECT COALESCE(MIN(id), 1) FROM outbox")
event=$(sql "SELECT MIN(id) FROM events")
grep -oE '^[[:space:]]*\{ "/[^"]*", M_(POST|BOTH)' "$STACK_ROOT/fcgi/routes.c" |
	sed -E 's/^[[:space:]]*\{ "([^"]*)".*/\1/' >"$TEST_TMP/posts"
[ -s "$TEST_TMP/posts" ] || fail "no POST routes found in fcgi/routes.c"
other=$(csrf_of other)
db_state "$TEST_TMP/before"
while read -r pattern; do
	case $pattern in
	/gemeente/leden/*) id=$member ;;
	/beheer/gebruikers/*) id=$member ;;
	/beheer/berichten/*) id=$outbox ;;
	*) id=$event ;;
	esac
	path=$(sed -e "s/{id}/$id/g" -e "s/{token}/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/g" <<<"$pattern")
	for csrf in none "csrf=$other"; do
		if [ "$csrf" = none ]; then args=(); else args=(--data-urlencode "$csrf"); fi
		http_as adm POST "$path" --data-urlencode "email=$(demo_email member)" \
			--data-urlencode "name=Gewijzigd" --data-urlencode "wachtwoord=x" "${args[@]}"
		assert_html_page 403
		assert_db_unchanged "$TEST_TMP/before" "POST $path ($csrf)"
	done
done <"$TEST_TMP/posts"
assert_eq "$(role_of_cookie "$(cookie adm sid)")" admin "role after all the refused POSTs"
