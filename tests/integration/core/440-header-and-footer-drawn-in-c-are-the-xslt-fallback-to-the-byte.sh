# cimoltd draws every page's header and footer in C (fcgi/render-layout.c,
# the extension elements c:header and c:footer); the XSLT inside each,
# as its xsl:fallback, is the reference, which xsltproc runs
# (tests/browser/render). The same page document, rendered both ways, is
# the same HTML to the byte: anonymous (the sign-in link, marked on the
# sign-in page; an information page marked in the footer) and signed in
# as a member, a coordinator and an organiser (name, organisation, the
# account link marked on the account page, the sign-out form with the
# session's token, each role's menu with its current item), in Dutch and
# English.
sign_in_as m member
sign_in_as c coordinator
sign_in_as o organiser
# An anonymous visitor keeps its cookies too (a form's token comes from
# its CSRF cookie).
for page in "a /" "a /inloggen" "a /privacy?lang=en" "a /toegankelijkheid" "m /account" \
	"m /monitor?lang=en" "c /gemeente/leden" "o /beheer" "o /beheer/berichten?lang=en"; do
	jar=${page%% *} path=${page#* }
	case $path in *\?*) xml="$path&format=xml" ;; *) xml="$path?format=xml" ;; esac
	http_as "$jar" GET "$path"
	case $STATUS in 200 | 303) ;; *) fail "$path: status $STATUS" ;; esac
	[ "$STATUS" = 200 ] || continue
	cp "$TEST_TMP/body" "$TEST_TMP/cimoltd.html"
	http_as "$jar" GET "$xml"
	assert_status 200
	assert_same_as_xsltproc "$path" "$TEST_TMP/cimoltd.html" "$TEST_TMP/body"
	cat "$TEST_TMP/cimoltd.html" >>"$TEST_TMP/all.html"
done
# What the comparison covered.
for part in 'class="cimolt-user__sign-in" href="/inloggen" aria-current="page"' \
	'href="/privacy" aria-current="page"' 'class="cimolt-user__account" href="/account" aria-current="page"' \
	'name="csrf" value="' 'class="cimolt-user__org"' 'aria-current="true"' 'hreflang="en" lang="en"'; do
	grep -qF "$part" "$TEST_TMP/all.html" || fail "no page had $part"
done
