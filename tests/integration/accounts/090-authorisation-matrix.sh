# Every route of fcgi/routes.c, by method, for every role (anonymous and the
# five demo accounts) answers as the route table says: a page that needs
# sign-in sends an anonymous visitor to /inloggen?terug=PATH with 303 (for
# a POST too); a signed-in user without the role gets the rendered 403;
# the others get the page, or for an empty form 422 (the form with its
# errors), or for an id or a token that does not exist 404. POSTs carry the
# visitor's valid csrf token and an empty form. Every route in the table
# must have a row here; the programme's and the monitor's routes also have
# rows with ids and years that exist (demo event 1, Ede; the demo monitor:
# Ede's submitted 2025 round, no 2026 round yet), so that a missing check
# would show: submitting is the coordinator's (a member 403; the
# coordinator 409, as there is nothing to submit yet), a submitted round
# cannot be saved or prefilled (409), and an organiser reopens Ede's 2025
# round (303; the admin after them finds it open: 404), which is then
# submitted again as it was.
tok=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
ede=$(sql "SELECT id FROM organisations WHERE cbs_code = 'GM0228'")
[ -n "$ede" ] || fail "no organisation GM0228 (Ede)"
r25=$(sql "SELECT id FROM rounds WHERE organisation_id = $ede AND year = 2025 AND status = 'submitted'")
[ -n "$r25" ] || fail "no submitted 2025 round of Ede (the demo monitor makes one)"
[ -z "$(sql "SELECT id FROM rounds WHERE organisation_id = $ede AND year = 2026")" ] ||
	fail "Ede has a 2026 round (the demo monitor leaves it to be made)"
on_exit "sql \"UPDATE rounds SET status = 'submitted', submitted_at = '$(sql "SELECT submitted_at FROM rounds WHERE id = $r25")',
	submitted_by = $(sql "SELECT IFNULL(submitted_by, 'NULL') FROM rounds WHERE id = $r25") WHERE id = $r25\""
# method path: anonymous member coordinator regional organiser admin
# ("login" = 303 to /inloggen?terug=PATH)
matrix="GET / 200 200 200 200 200 200
GET /healthz 200 200 200 200 200 200
GET /inloggen 200 200 200 200 200 200
POST /inloggen 422 422 422 422 422 422
GET /uitloggen 405 405 405 405 405 405
GET /account login 200 200 200 200 200
POST /account login 422 422 422 422 422
GET /account/wachtwoord 405 405 405 405 405 405
POST /account/wachtwoord login 422 422 422 422 422
GET /account/contactpersoon 405 405 405 405 405 405
POST /account/contactpersoon login 303 303 303 303 303
GET /uitnodiging/$tok 404 404 404 404 404 404
POST /uitnodiging/$tok 404 404 404 404 404 404
GET /wachtwoord-vergeten 200 200 200 200 200 200
POST /wachtwoord-vergeten 422 422 422 422 422 422
GET /wachtwoord/$tok 404 404 404 404 404 404
POST /wachtwoord/$tok 404 404 404 404 404 404
GET /gemeente/leden login 403 200 403 403 200
POST /gemeente/leden login 403 422 403 403 422
GET /gemeente/leden/999999/verwijderen 405 405 405 405 405 405
POST /gemeente/leden/999999/verwijderen login 403 404 403 403 404
GET /programma 200 200 200 200 200 200
GET /programma/999999 404 404 404 404 404 404
GET /programma/999999.ics 404 404 404 404 404 404
GET /programma/999999/aanmelden 404 404 404 404 404 404
POST /programma/999999/aanmelden 404 404 404 404 404 404
GET /aanmelding/$tok 404 404 404 404 404 404
GET /aanmelding/$tok/annuleren 405 405 405 405 405 405
POST /aanmelding/$tok/annuleren 404 404 404 404 404 404
GET /monitor login 200 200 403 403 403
GET /monitor/999999 login 404 404 403 403 403
GET /monitor/999999/indienen login 404 404 403 403 403
POST /monitor/999999/indienen login 404 404 403 403 403
GET /monitor/999999/resultaat login 404 404 403 403 403
GET /monitor/999999/antwoorden.csv login 404 404 403 403 403
GET /monitor/999999/vorig-jaar 405 405 405 405 405 405
POST /monitor/999999/vorig-jaar login 404 404 403 403 403
GET /monitor/999999/$tok login 404 404 403 403 403
POST /monitor/999999/$tok login 404 404 403 403 403
GET /monitor/2016 login 404 404 403 403 403
GET /monitor/2026 login 200 200 403 403 403
GET /monitor/2025 login 200 200 403 403 403
GET /monitor/2026/indienen login 200 200 403 403 403
POST /monitor/2026/indienen login 403 409 403 403 403
GET /monitor/2025/resultaat login 200 200 403 403 403
GET /monitor/2026/resultaat login 200 200 403 403 403
GET /monitor/2025/antwoorden.csv login 200 200 403 403 403
GET /monitor/2026/antwoorden.csv login 200 200 403 403 403
POST /monitor/2025/vorig-jaar login 409 409 403 403 403
GET /monitor/2026/s-beleid login 200 200 403 403 403
GET /monitor/2025/o-gww login 200 200 403 403 403
POST /monitor/2025/o-gww login 409 409 403 403 403
GET /monitor/2026/geen-onderdeel login 404 404 403 403 403
GET /benchmark login 303 303 403 403 403
GET /benchmark/2025 login 200 200 403 403 403
GET /benchmark/2026 login 404 404 403 403 403
GET /benchmark/999999 login 404 404 403 403 403
GET /advies login 303 303 403 403 403
GET /advies/2025 login 200 200 403 403 403
GET /advies/999999 login 404 404 403 403 403
GET /advies/aanvraag login 200 200 403 403 403
POST /advies/aanvraag login 422 422 403 403 403
GET /gemeente/benchmark 405 405 405 405 405 405
POST /gemeente/benchmark login 403 400 403 403 400
GET /regio login 403 403 303 403 303
GET /regio/2025 login 403 403 200 403 200
GET /regio/999999 login 403 403 404 403 404
GET /regio/2025.csv login 403 403 200 403 200
GET /regio/999999.csv login 403 403 404 403 404
GET /beheer/overzicht login 403 403 403 303 303
GET /beheer/overzicht/deelname.csv login 403 403 403 200 200
GET /beheer/overzicht/2025 login 403 403 403 200 200
GET /beheer/overzicht/999999 login 403 403 403 404 404
GET /beheer/overzicht/2025/scores.csv login 403 403 403 200 200
GET /beheer/overzicht/999999/scores.csv login 403 403 403 404 404
GET /beheer/advies login 403 403 403 200 200
GET /beheer/advies.csv login 403 403 403 200 200
GET /beheer/advies/999999 405 405 405 405 405 405
POST /beheer/advies/999999 login 403 403 403 400 400
GET /beheer/monitor login 403 403 403 200 200
GET /beheer/monitor/999999/heropenen 405 405 405 405 405 405
POST /beheer/monitor/999999/heropenen login 403 403 403 404 404
POST /beheer/monitor/$r25/heropenen login 403 403 403 303 404
GET /beheer login 403 403 403 200 200
GET /beheer/programma login 403 403 403 200 200
GET /beheer/programma/nieuw login 403 403 403 200 200
POST /beheer/programma/nieuw login 403 403 403 422 422
GET /beheer/programma/999999 login 403 403 403 404 404
GET /beheer/programma/999999/bewerken login 403 403 403 404 404
POST /beheer/programma/999999/bewerken login 403 403 403 404 404
GET /beheer/programma/999999/materiaal 405 405 405 405 405 405
POST /beheer/programma/999999/materiaal login 403 403 403 404 404
GET /beheer/programma/999999/aanmeldingen/999999/annuleren 405 405 405 405 405 405
POST /beheer/programma/999999/aanmeldingen/999999/annuleren login 403 403 403 404 404
GET /beheer/programma/999999/aanmeldingen.csv login 403 403 403 404 404
GET /beheer/programma/999999/presentielijst login 403 403 403 404 404
GET /programma/1 200 200 200 200 200 200
GET /programma/1.ics 200 200 200 200 200 200
GET /programma/1/aanmelden 200 200 200 200 200 200
POST /programma/1/aanmelden 422 422 422 422 422 422
GET /beheer/programma/1 login 403 403 403 200 200
GET /beheer/programma/1/bewerken login 403 403 403 200 200
POST /beheer/programma/1/bewerken login 403 403 403 422 422
POST /beheer/programma/1/materiaal login 403 403 403 422 422
GET /beheer/programma/1/aanmeldingen.csv login 403 403 403 200 200
GET /beheer/programma/1/presentielijst login 403 403 403 200 200
GET /beheer/gemeente/999999 login 403 403 403 404 404
GET /beheer/gemeente/$ede login 403 403 403 200 200
GET /beheer/berichten login 403 403 403 200 200
GET /beheer/berichten/999999/opnieuw 405 405 405 405 405 405
POST /beheer/berichten/999999/opnieuw login 403 403 403 404 404
GET /beheer/gebruikers login 403 403 403 403 200
POST /beheer/gebruikers login 403 403 403 403 422
GET /beheer/gebruikers/999999/uitschakelen 405 405 405 405 405 405
POST /beheer/gebruikers/999999/uitschakelen login 403 403 403 403 404
GET /beheer/organisaties login 403 403 403 403 200
GET /beheer/audit login 403 403 403 403 200
GET /praktijk 200 200 200 200 200 200
GET /praktijk.atom 200 200 200 200 200 200
GET /praktijk/nieuw login 200 200 403 403 403
POST /praktijk/nieuw login 422 422 403 403 403
GET /praktijk/999999 404 404 404 404 404 404
GET /praktijk/999999/concept login 404 404 404 404 404
GET /praktijk/999999/bewerken login 404 404 403 403 403
POST /praktijk/999999/bewerken login 404 404 403 403 403
GET /praktijk/999999/indienen 405 405 405 405 405 405
POST /praktijk/999999/indienen login 403 404 403 403 403
GET /praktijk/999999/contact login 404 404 404 404 404
POST /praktijk/999999/contact login 404 404 404 404 404
GET /beheer/praktijk login 403 403 403 200 200
GET /beheer/praktijk/999999 login 403 403 403 404 404
GET /beheer/praktijk/999999/publiceren 405 405 405 405 405 405
POST /beheer/praktijk/999999/publiceren login 403 403 403 404 404
GET /beheer/praktijk/999999/terugsturen 405 405 405 405 405 405
POST /beheer/praktijk/999999/terugsturen login 403 403 403 404 404
GET /beheer/praktijk/999999/openbaar 405 405 405 405 405 405
POST /beheer/praktijk/999999/openbaar login 403 403 403 400 400
POST /uitloggen login 303 303 303 303 303"
roles=(anonymous member coordinator regional organiser admin)

# Every route of the table (by method) has a row.
grep -oE '^[[:space:]]*\{ "/[^"]*", M_[A-Z]+' "$STACK_ROOT/fcgi/routes.c" |
	sed -E 's/^[[:space:]]*\{ "([^"]*)", M_([A-Z]+)/\2 \1/' >"$TEST_TMP/routes"
[ -s "$TEST_TMP/routes" ] || fail "no routes found in fcgi/routes.c"
while read -r m pattern; do
	path=$(sed -e "s/{token}/$tok/g" -e 's/{id}/999999/g' <<<"$pattern")
	case $m in BOTH) ms="GET POST" ;; *) ms=$m ;; esac
	for m in $ms; do
		grep -qxF -- "$m $path" <(cut -d' ' -f1,2 <<<"$matrix") ||
			fail "route $m $pattern of fcgi/routes.c has no row in this test"
	done
done <"$TEST_TMP/routes"

for i in 1 2 3 4 5; do sign_in_as "${roles[i]}" "${roles[i]}"; done
for i in 0 1 2 3 4 5; do token[i]=$(csrf_of "${roles[i]}"); done

wrong=()
while read -r method path expect; do
	read -ra want <<<"$expect"
	for i in 0 1 2 3 4 5; do
		role=${roles[i]}
		if [ "$method" = POST ]; then
			http_as "$role" POST "$path" --data-urlencode "csrf=${token[i]}"
		else
			http_as "$role" GET "$path"
		fi
		got=$STATUS
		if [ "$STATUS" = 303 ] && [ "$(header Location)" = "/inloggen?terug=$path" ]; then
			got=login
		fi
		[ "$got" = "${want[i]}" ] || wrong+=("$method $path as $role: $got (Location: $(header Location)), expected ${want[i]}")
		# Every refusal is a rendered page.
		case $got in 403 | 404 | 405 | 409 | 422) assert_html_page "$got" ;; esac
	done
done <<<"$matrix"
[ ${#wrong[@]} -eq 0 ] || fail "$(printf '%s\n' "${wrong[@]}")"
