# An unpublished practice (a draft, and one submitted) of Ede does not
# exist for anyone outside Ede and the organisers: anonymous visitors,
# a member and a coordinator of Arnhem and the regional viewer get 404 on
# /praktijk/ID, /concept, /contact (and Arnhem on /bewerken, POST
# /indienen); it is in no list, search or feed, even when marked public.
# Ede's member and the organiser see it.
sign_in_as m member
sign_in_as c coordinator
sign_in_as reg regional
sign_in_as org organiser
e1=$(unique arnhem)@arnhem.example e2=$(unique arnhemc)@arnhem.example
new_user "$e1" "Arie Arnhem" GM0202 member "$STACK_DEMO_PASSWORD"
new_user "$e2" "Carla Arnhem" GM0202 coordinator "$STACK_DEMO_PASSWORD"
sign_in a "$e1" "$STACK_DEMO_PASSWORD"
sign_in ac "$e2" "$STACK_DEMO_PASSWORD"
word=$(unique geheim | tr -d '-')
practice_new m "Concept $word" "summary=Nog niet klaar $word"
draft=$PRACTICE
practice_new m "Ingediend $word"
sub=$PRACTICE
http_as c POST "/praktijk/$sub/indienen" --data-urlencode "csrf=$(csrf c)"
assert_status 303
sql "UPDATE practices SET is_public = 1 WHERE id IN ($draft, $sub)"

for p in "$draft" "$sub"; do
	for j in anon a ac reg; do
		for path in "/praktijk/$p" "/praktijk/$p?format=xml" "/praktijk/$p/concept" "/praktijk/$p/contact"; do
			http_as $j GET "$path"
			[ $j = anon ] && [ "$path" != "/praktijk/$p" ] && [ "$path" != "/praktijk/$p?format=xml" ] && continue
			case $path in
			*format=xml) assert_status 404 ;;
			*) assert_html_page 404 ;;
			esac
			assert_body_lacks "$word"
		done
	done
	for j in a ac; do
		http_as $j GET "/praktijk/$p/bewerken"
		assert_html_page 404
	done
	http_as ac POST "/praktijk/$p/indienen" --data-urlencode "csrf=$(csrf ac)"
	assert_html_page 404
	http_as m GET "/praktijk/$p?format=xml"
	assert_status 200
	http_as org GET "/praktijk/$p?format=xml"
	assert_status 200
done
for j in anon a reg; do
	http_as $j GET "/praktijk?q=$word&format=xml"
	assert_status 200
	assert_xpath "/page/search/@total" 0
	http_as $j GET "/praktijk?format=xml"
	assert_xpath "count(/page/practices/practice[@id='$draft' or @id='$sub'])" 0
done
http GET /praktijk.atom
assert_status 200
assert_body_lacks "$word"
http_as m GET "/praktijk?format=xml"
assert_xpath "count(/page/own/practice[@id='$draft' or @id='$sub'])" 2
