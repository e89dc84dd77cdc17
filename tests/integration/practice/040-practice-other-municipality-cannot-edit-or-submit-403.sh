# A published practice of Ede: members and the coordinator of Arnhem read
# it, but editing it (GET and POST /bewerken) and submitting it are 403
# (the rendered page) and change nothing; Ede's member may edit it.
sign_in_as m member
e1=$(unique arnhem)@arnhem.example e2=$(unique arnhemc)@arnhem.example
new_user "$e1" "Arie Arnhem" GM0202 member "$STACK_DEMO_PASSWORD"
new_user "$e2" "Carla Arnhem" GM0202 coordinator "$STACK_DEMO_PASSWORD"
sign_in a "$e1" "$STACK_DEMO_PASSWORD"
sign_in ac "$e2" "$STACK_DEMO_PASSWORD"
p=$(practice_sql GM0228 "Circulaire bedrijfskleding $(unique k)" "Samenvatting" "Aanpak" "Resultaat" kantoor-fm 2025 0 kringloop) ||
	fail "cannot add a practice"
on_exit "drop_practice $p"
state() { table_digest practices practice_revisions practice_aspects; sql "SELECT COUNT(*) FROM audit_log; SELECT COUNT(*) FROM outbox"; }
before=$(state)
for j in a ac; do
	http_as $j GET "/praktijk/$p"
	assert_html_page 200
	http_as $j GET "/praktijk/$p/bewerken"
	assert_html_page 403
	send_form $j "/praktijk/$p/bewerken" "${PRACTICE_FIELDS[@]}" "title=Overgenomen"
	assert_html_page 403
	http_as $j GET "/praktijk/$p?format=xml"
	assert_xpath "count(/page/practice/actions/@edit)" 0
done
http_as ac POST "/praktijk/$p/indienen" --data-urlencode "csrf=$(csrf ac)"
assert_html_page 403
assert_eq "$(state)" "$before" "practices, revisions, audit log and outbox after the refused requests"
http_as m GET "/praktijk/$p/bewerken"
assert_html_page 200
