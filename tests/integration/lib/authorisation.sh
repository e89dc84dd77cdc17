# The authorisation matrix: every route of fcgi/routes.c, by method, and
# the status each role gets (anonymous and the five demo accounts). A page
# that needs sign-in sends an anonymous visitor to /inloggen?terug=PATH
# with 303 (for a POST too); a signed-in user without the role gets the
# rendered 403; the others get the page, or for an empty form 422 (the
# form with its errors), or for an id or a token that does not exist 404.
# POSTs carry the visitor's valid csrf token and an empty form. The
# programme's and the monitor's routes also have rows with ids and years
# that exist (demo event 1, Ede; the demo monitor: Ede's submitted 2025
# round, no 2026 round yet), so that a missing check would show:
# submitting is the coordinator's (a member 403; the coordinator 409, as
# there is nothing to submit yet), a submitted round cannot be saved or
# prefilled (409), and an organiser or an admin reopens Ede's 2025 round
# (303), which is then submitted again as it was. Each role is a test of
# its own (accounts/091 to 096), starting from the same data, and
# accounts/090 checks that every route has a row.

AUTH_ROLES=(anonymous member coordinator regional organiser admin)

# authorisation_setup: checks the demo data the rows rely on and sets tok
# (a well-formed token that matches nothing), ede and r25; puts Ede's 2025
# round back as it was when the test ends.
authorisation_setup() {
	tok=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
	ede=$(sql "SELECT id FROM organisations WHERE cbs_code = 'GM0228'")
	[ -n "$ede" ] || fail "no organisation GM0228 (Ede)"
	r25=$(sql "SELECT id FROM rounds WHERE organisation_id = $ede AND year = 2025 AND status = 'submitted'")
	[ -n "$r25" ] || fail "no submitted 2025 round of Ede (the demo monitor makes one)"
	[ -z "$(sql "SELECT id FROM rounds WHERE organisation_id = $ede AND year = 2026")" ] ||
		fail "Ede has a 2026 round (the demo monitor leaves it to be made)"
	on_exit "sql \"UPDATE rounds SET status = 'submitted', submitted_at = '$(sql "SELECT submitted_at FROM rounds WHERE id = $r25")',
		submitted_by = $(sql "SELECT IFNULL(submitted_by, 'NULL') FROM rounds WHERE id = $r25") WHERE id = $r25\""
}

# authorisation_matrix: "METHOD PATH anonymous member coordinator regional
# organiser admin" lines ("login" = 303 to /inloggen?terug=PATH), after
# authorisation_setup.
authorisation_matrix() {
	cat <<MATRIX
GET / 200 200 200 200 200 200
GET /healthz 200 200 200 200 200 200
GET /inloggen 200 200 200 200 200 200
POST /inloggen 422 422 422 422 422 422
GET /uitloggen 405 405 405 405 405 405
GET /account login 200 200 200 200 200
POST /account login 422 422 422 422 422
GET /account/wachtwoord 405 405 405 405 405 405
POST /account/wachtwoord login 422 422 422 422 422
GET /account/contactpersoon 405 405 405 405 405 405
GET /account/gegevens login 200 200 200 200 200
POST /account/gegevens 405 405 405 405 405 405
GET /account/verwijderen 405 405 405 405 405 405
POST /account/verwijderen login 303 303 303 303 303
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
GET /gemeente/aanmeldingen login 403 200 403 403 200
GET /gemeente/aanmeldingen/999999/999999/goedkeuren 405 405 405 405 405 405
POST /gemeente/aanmeldingen/999999/999999/goedkeuren login 403 404 403 403 404
GET /gemeente/aanmeldingen/999999/999999/afwijzen 405 405 405 405 405 405
POST /gemeente/aanmeldingen/999999/999999/afwijzen login 403 404 403 403 404
GET /gemeente/programma login 403 200 403 403 200
GET /gemeente/programma/999999/999999/annuleren login 403 404 403 403 404
POST /gemeente/programma/999999/999999/annuleren login 403 404 403 403 404
GET /gemeente/programma/999999/999999/verplaatsen login 403 404 403 403 404
POST /gemeente/programma/999999/999999/verplaatsen login 403 404 403 403 404
GET /programma 200 200 200 200 200 200
GET /programma/999999 404 404 404 404 404 404
GET /programma/999999.ics 404 404 404 404 404 404
GET /programma/999999/aanmelden 404 404 404 404 404 404
POST /programma/999999/aanmelden 404 404 404 404 404 404
GET /aanmelding/$tok 404 404 404 404 404 404
GET /aanmelding/$tok/bevestigen 405 405 405 405 405 405
POST /aanmelding/$tok/bevestigen 404 404 404 404 404 404
GET /aanmelding/$tok/annuleren 404 404 404 404 404 404
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
GET /monitor/999999/rapport login 404 404 403 403 403
GET /monitor/2025/rapport login 200 200 403 403 403
GET /monitor/2026/rapport login 200 200 403 403 403
POST /monitor/2025/rapport 405 405 405 405 405 405
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
GET /benchmark/999999/vergelijken login 404 404 403 403 403
POST /benchmark/999999/vergelijken login 404 404 403 403 403
GET /benchmark/2025/vergelijken login 200 200 403 403 403
POST /benchmark/2025/vergelijken login 403 403 403 403 403
GET /benchmark/2026/vergelijken login 404 404 403 403 403
GET /advies login 303 303 403 403 403
GET /advies/2025 login 200 200 403 403 403
GET /advies/999999 login 404 404 403 403 403
GET /advies/aanvraag login 200 200 403 403 403
POST /advies/aanvraag login 422 422 403 403 403
GET /advies/aanvragen login 200 200 403 403 403
GET /advies/aanvragen/999999 login 404 404 403 403 403
POST /advies/aanvragen/999999 login 404 404 403 403 403
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
GET /beheer/advies/999999 login 403 403 403 404 404
POST /beheer/advies/999999 login 403 403 403 400 400
GET /beheer/advies/999999/antwoord 405 405 405 405 405 405
POST /beheer/advies/999999/antwoord login 403 403 403 404 404
GET /beheer/advies/999999/notitie 405 405 405 405 405 405
POST /beheer/advies/999999/notitie login 403 403 403 404 404
GET /beheer/advies/999999/behandelaar 405 405 405 405 405 405
POST /beheer/advies/999999/behandelaar login 403 403 403 404 404
GET /beheer/advies/999999/status 405 405 405 405 405 405
POST /beheer/advies/999999/status login 403 403 403 400 400
GET /beheer/monitor login 403 403 403 200 200
GET /beheer/monitor/instellingen 405 405 405 405 405 405
POST /beheer/monitor/instellingen login 403 403 403 422 422
GET /beheer/deelname/2026 login 403 403 403 200 200
GET /beheer/deelname/999999 login 403 403 403 404 404
GET /beheer/deelname/999999.csv login 403 403 403 404 404
POST /beheer/deelname/999999/999999/herinneren login 403 403 403 404 404
POST /beheer/deelname/2026 405 405 405 405 405 405
GET /beheer/deelname/2026.csv login 403 403 403 200 200
GET /beheer/deelname/2026/$ede/herinneren 405 405 405 405 405 405
POST /beheer/deelname/2026/999999/herinneren login 403 403 403 409 409
GET /regio/deelname/2026 login 403 403 200 403 200
GET /regio/deelname/999999 login 403 403 404 403 404
GET /regio/deelname/999999.csv login 403 403 404 403 404
GET /regio/deelname/2026.csv login 403 403 200 403 200
GET /beheer/monitor/999999/heropenen 405 405 405 405 405 405
POST /beheer/monitor/999999/heropenen login 403 403 403 404 404
POST /beheer/monitor/$r25/heropenen login 403 403 403 303 303
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
GET /beheer/berichten/999999 login 403 403 403 404 404
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
GET /over 200 200 200 200 200 200
GET /contact 200 200 200 200 200 200
GET /privacy 200 200 200 200 200 200
GET /toegankelijkheid 200 200 200 200 200 200
GET /help 200 200 200 200 200 200
POST /privacy 405 405 405 405 405 405
GET /beheer/teksten login 403 403 403 200 200
GET /beheer/teksten/$tok login 403 403 403 404 404
POST /beheer/teksten/$tok login 403 403 403 404 404
GET /beheer/teksten/privacy login 403 403 403 200 200
POST /beheer/teksten/privacy login 403 403 403 422 422
GET /beheer/teksten/revisie/999999 login 403 403 403 404 404
GET /beheer/teksten/revisie/999999/herstellen 405 405 405 405 405 405
POST /beheer/teksten/revisie/999999/herstellen login 403 403 403 404 404
POST /uitloggen login 303 303 303 303 303
MATRIX
}

# authorisation_check ROLE: every row of the matrix as ROLE (one of
# AUTH_ROLES) answers as its column says; every refusal is a rendered
# page.
authorisation_check() {
	local role=$1 i=-1 k method path expect want got csrf wrong=()
	for k in "${!AUTH_ROLES[@]}"; do
		[ "${AUTH_ROLES[k]}" = "$role" ] && i=$k
	done
	[ "$i" -ge 0 ] || fail "no role $role in the matrix"
	authorisation_setup
	[ "$role" = anonymous ] || sign_in_as "$role" "$role"
	csrf=$(csrf_of "$role")
	while read -r method path expect; do
		read -ra want <<<"$expect"
		if [ "$method" = POST ]; then
			http_as "$role" POST "$path" --data-urlencode "csrf=$csrf"
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
	done < <(authorisation_matrix)
	[ ${#wrong[@]} -eq 0 ] || fail "$(printf '%s\n' "${wrong[@]}")"
}
