# tests/integration/lib/accounts.sh: cookie jars, CSRF tokens, signing
# in and the accounts themselves (loaded by tests/integration/run).
#
# A "jar" is a curl cookie file in TEST_TMP: jar NAME prints its path. Pass
# it to http with -b "$(jar NAME)" -c "$(jar NAME)", or use http_as.

# jar NAME: the path of the cookie jar NAME (created empty on first use).
jar() {
	[ -f "$TEST_TMP/$1.jar" ] || : >"$TEST_TMP/$1.jar"
	printf '%s\n' "$TEST_TMP/$1.jar"
}

# http_as JAR METHOD PATH [CURL ARGS...]: http with the cookies of JAR
# (a jar name), which keeps what the response sets.
http_as() {
	local j
	j=$(jar "$1")
	shift
	http "$1" "$2" -b "$j" -c "$j" "${@:3}"
}

# cookie JAR NAME: the value of cookie NAME in jar JAR ("" when absent).
cookie() {
	awk -v n="$2" 'BEGIN { FS = "\t" } { sub(/^#HttpOnly_/, "") }
		!/^#/ && NF >= 7 && $6 == n { v = $7 } END { print v }' "$(jar "$1")"
}

# csrf_of JAR: the CSRF token for the visitor of JAR (from the page
# document of GET /), after which JAR holds any cookie it needs.
csrf_of() {
	local j
	j=$(jar "$1")
	curl -sSk --max-time 10 -b "$j" -c "$j" "$URL/?format=xml" |
		xmllint --xpath 'string(/page/csrf)' - 2>/dev/null
}

# csrf JAR: the CSRF token of the visitor of JAR (asked once per jar).
csrf() {
	local f=$TEST_TMP/$1.csrf
	[ -s "$f" ] || csrf_of "$1" >"$f"
	[ -s "$f" ] || fail "no /page/csrf in GET /?format=xml"
	cat "$f"
}

# sign_in JAR EMAIL PASSWORD: POST /inloggen as the visitor of JAR with a
# valid CSRF token; sets STATUS like http. Does not judge the outcome.
sign_in() {
	local token
	token=$(csrf_of "$1")
	[ -n "$token" ] || fail "no /page/csrf in GET /?format=xml"
	http_as "$1" POST /inloggen --data-urlencode "email=$2" \
		--data-urlencode "wachtwoord=$3" --data-urlencode "csrf=$token"
}

# sign_in_as JAR ROLE: sign the visitor of JAR in with the demo account of
# ROLE (member, coordinator, regional, organiser, admin); the answer must
# be a 303 that sets the session cookie.
sign_in_as() {
	sign_in "$1" "$(demo_email "$2")" "$STACK_DEMO_PASSWORD"
	assert_status 303
	[ -n "$(cookie "$1" sid)" ] || fail "signing in as $2 set no sid cookie"
}

# new_user EMAIL NAME ORG ROLE [PASSWORD]: add an account with cimolt-admin
# (with PASSWORD, else invited: an invitation mail is queued). Prints
# nothing; fails the test when cimolt-admin does.
new_user() {
	local out
	out=$(printf '%s' "${5:-}" | admin_cli user add --email "$1" --name "$2" \
		--org "$3" --role "$4" 2>&1) || fail "cimolt-admin user add $1 failed: $out"
}

# demo_email ROLE: the e-mail address of the demo account of ROLE.
demo_email() { stack_demo_email "$1"; }

# session_count EMAIL: the sessions of the account EMAIL.
session_count() {
	sql "SELECT COUNT(*) FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = '$1'"
}

# role_of_cookie SID: the role /page/user says for a visitor with this
# session cookie (and nothing else).
role_of_cookie() {
	curl -sSk --max-time 10 -H "Cookie: sid=$1" "$URL/?format=xml" |
		xmllint --xpath 'string(/page/user/@role)' - 2>/dev/null
}

# forget_failures: empty login_failures and throttle_events (tests that
# fail sign-ins or ask for resets on purpose clean up, so the per-address
# limits do not hit later tests).
forget_failures() { sql "DELETE FROM login_failures; DELETE FROM throttle_events"; }

# assert_cookies_secure JAR: the cookies a first visit (GET /?lang=nl)
# and a sign-in as the demo member, as the visitor of JAR, set all carry
# Secure: lang, csrf and sid, each with its agreed attributes.
assert_cookies_secure() {
	local csrf sid
	# The sign-in page has a form, so a first visitor gets the csrf
	# cookie there (pages without a form set none).
	http_as "$1" GET "/inloggen?lang=nl"
	assert_status 200
	assert_cookie_set lang "lang=nl; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly; Secure"
	csrf=$(header Set-Cookie | sed -n 's/^csrf=\([^;]*\);.*/\1/p')
	assert_cookie_set csrf "csrf=$csrf; Path=/; HttpOnly; SameSite=Lax; Secure"
	sign_in "$1" "$(demo_email member)" "$STACK_DEMO_PASSWORD"
	assert_status 303
	sid=$(header Set-Cookie | sed -n 's/^sid=\([^;]*\);.*/\1/p')
	assert_cookie_set sid "sid=$sid; Path=/; HttpOnly; SameSite=Lax; Secure"
}
