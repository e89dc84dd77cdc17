# Who may see what, and bad URLs: the benchmark and advice pages are a
# municipality's (member, coordinator): the regional viewer and the
# organiser get 403; the regional page is the regional viewer's (and the
# admin's): members and coordinators get 403; the organisers' overview and
# advice requests are the organiser's (and admin's): members,
# coordinators and the regional viewer get 403; anonymous visitors are
# sent to sign in; /regio and /beheer/overzicht send their users on to the
# latest year (303). A year without an own submitted round (1999, a year
# only other municipalities took part in, a year with an own draft, a
# year beyond the questionnaires) is 404, an unknown group 400, and a
# municipality's id in the query changes nothing.
Y=2048
bench_year $Y
bench_rounds $Y GM0228,GM0202,GM0268,GM0200,GM0222
bench_year 2049
bench_rounds 2049 GM0202,GM0268,GM0200,GM0222,GM0289,GM0228
sql "UPDATE rounds r JOIN organisations o ON o.id = r.organisation_id SET r.status = 'draft',
	r.submitted_at = NULL, r.submitted_by = NULL WHERE r.year = 2049 AND o.cbs_code = 'GM0228'"
bench_year 2050
bench_rounds 2050 GM0202,GM0268,GM0200,GM0222,GM0289
for y in $Y 2049 2050; do bench_recompute $y; done
for r in member coordinator regional organiser admin; do sign_in_as $r $r; done
arnhem=$(org_id GM0202)

# path: anonymous member coordinator regional organiser admin
matrix="/benchmark login 303 303 403 403 403
/benchmark/$Y login 200 200 403 403 403
/benchmark/$Y?groep=provincie login 200 200 403 403 403
/benchmark/$Y?groep=grootte login 200 200 403 403 403
/benchmark/$Y?groep=buurgemeenten login 400 400 403 403 403
/benchmark/1999 login 404 404 403 403 403
/benchmark/2049 login 404 404 403 403 403
/benchmark/2050 login 404 404 403 403 403
/benchmark/2099 login 404 404 403 403 403
/benchmark/$arnhem login 404 404 403 403 403
/advies login 303 303 403 403 403
/advies/$Y login 200 200 403 403 403
/advies/1999 login 404 404 403 403 403
/advies/2050 login 404 404 403 403 403
/advies/aanvraag login 200 200 403 403 403
/regio login 403 403 303 403 303
/regio/$Y login 403 403 200 403 200
/regio/$Y.csv login 403 403 200 403 200
/regio/1999 login 403 403 404 403 404
/beheer/overzicht login 403 403 403 303 303
/beheer/overzicht/$Y login 403 403 403 200 200
/beheer/overzicht/1999 login 403 403 403 404 404
/beheer/overzicht/deelname.csv login 403 403 403 200 200
/beheer/overzicht/$Y/scores.csv login 403 403 403 200 200
/beheer/advies login 403 403 403 200 200
/beheer/advies.csv login 403 403 403 200 200"
roles=(anonymous member coordinator regional organiser admin)
wrong=()
while read -r path expect; do
	read -ra want <<<"$expect"
	for i in 0 1 2 3 4 5; do
		http_as "${roles[i]}" GET "$path"
		got=$STATUS
		# (The sign-in page returns to the path, without its query.)
		[ "$got" = 303 ] && [ "$(header Location)" = "/inloggen?terug=${path%%\?*}" ] && got=login
		[ "$got" = "${want[i]}" ] || wrong+=("GET $path as ${roles[i]}: $got (Location: $(header Location)), expected ${want[i]}")
		case $got in 400 | 403 | 404) assert_html_page "$got" ;; esac
	done
done <<<"$matrix"
# POSTs: the opt-in is the coordinator's, a request's status the organiser's.
rq=$(sql "INSERT INTO advice_requests (organisation_id, user_id, topic, question, contact, created_at)
	SELECT $(org_id GM0228), id, 'algemeen', 'Een vraag van de test van rollen en jaren', 'email', UTC_TIMESTAMP()
	FROM users WHERE email = '$(demo_email member)'; SELECT LAST_INSERT_ID()")
on_exit "sql 'DELETE FROM advice_requests WHERE id = $rq'"
show=$(sql "SELECT show_name FROM organisations WHERE cbs_code = 'GM0228'")
while read -r path data expect; do
	read -ra want <<<"$expect"
	for i in 1 3 4 5; do
		[ "${want[i]}" = - ] && continue
		http_as "${roles[i]}" POST "$path" --data-urlencode "csrf=$(csrf "${roles[i]}")" --data "$data"
		[ "$STATUS" = "${want[i]}" ] || wrong+=("POST $path $data as ${roles[i]}: $STATUS, expected ${want[i]}")
	done
done <<<"/gemeente/benchmark naam=$([ "$show" = 1 ] && echo ja || echo nee) - 403 - 403 403 -
/beheer/advies/$rq status=new - 403 - 403 303 303
/beheer/advies/999999 status=new - 403 - 403 404 404"
[ ${#wrong[@]} -eq 0 ] || fail "$(printf '%s\n' "${wrong[@]}")"
assert_eq "$(sql "SELECT show_name FROM organisations WHERE cbs_code = 'GM0228'")" "$show" "Ede's show_name"

# Another municipality's id in the query: still Ede's own page.
# figures: the benchmark and trend of the page in the body.
figures() { xmllint --xpath '/page/benchmark | /page/trend' "$TEST_TMP/body"; }
http_as member GET "/benchmark/$Y?format=xml"
figures >"$TEST_TMP/own.xml" || fail "no benchmark in $REQ"
for q in "organisatie=$arnhem" "gemeente=GM0202" "ronde=$(round_of GM0202 $Y)" "org=$arnhem"; do
	http_as member GET "/benchmark/$Y?format=xml&$q"
	assert_status 200
	figures | cmp -s - "$TEST_TMP/own.xml" || fail "$REQ: other figures than without ?$q"
done
