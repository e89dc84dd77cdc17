# Consent withdrawn takes effect at once, for everyone, through the page
# cache: Ede and Arnhem chose each other and Nijmegen; Arnhem's
# coordinator sets "naam: nee" with the form on /gemeente/leden, and
# Ede's very next request of the same page (kept by the worker before)
# no longer shows Arnhem or any of its scores, while Nijmegen stays.
# Arnhem itself now sees no named view and may not change its choice
# (403), though its stored choice is left as it was. Nijmegen's consent
# taken away in SQL (as an administrator might) is gone on the next
# request as well. Given again, Arnhem shows again.
Y=2082
bench_year $Y
bench_rounds $Y GM0228,GM0202,GM0268,GM0222
for c in GM0228 GM0202 GM0268; do bench_show $c 1; done
bench_show GM0222 0
bench_scores $Y overall - GM0228=41.3 GM0202=55.5 GM0268=62.9 GM0222=91.7
bench_recompute $Y
peers_keep GM0228
peers_keep GM0202
bench_user c GM0228 coordinator
bench_user a GM0202 coordinator

peers_choose c $Y GM0202 GM0268
assert_status 303
peers_choose a $Y GM0228 GM0268
assert_status 303
assert_eq "$(peers_view c $Y)" "Ede own 41.3
Arnhem 55.5
Nijmegen 62.9" "Ede's view before"
# The HTML page twice, so the worker keeps it.
for i in 1 2; do
	http_as c GET "/benchmark/$Y/vergelijken"
	assert_html_page 200
	assert_body_has ">Arnhem</th>"
done

send_form a /gemeente/benchmark naam=nee
assert_status 303
assert_eq "$(sql "SELECT show_name FROM organisations WHERE cbs_code = 'GM0202'")" 0 "Arnhem's consent"
http_as c GET "/benchmark/$Y/vergelijken"
assert_html_page 200
assert_body_lacks "Arnhem"
bench_numbers_absent "$TEST_TMP/body" 55.5
assert_body_has ">Nijmegen</th>"
assert_eq "$(peers_view c $Y)" "Ede own 41.3
Nijmegen 62.9" "Ede's view after Arnhem withdrew"
assert_xpath "count(/page/form[@name='peers']/field/option[@label='Arnhem'])" 0
# Arnhem: no named view, no choosing; its choice stays stored.
assert_eq "$(peers_view a $Y)" "" "Arnhem's view after it withdrew"
assert_xpath /page/peers/@named no
assert_eq "$(xpath "count(/page/form[@name='peers'])")" 0 "Arnhem's form"
http_as a GET "/benchmark/$Y/vergelijken"
assert_html_page 200
assert_message peers.not-named
bench_names_absent "$TEST_TMP/body" Nijmegen
peers_choose a $Y GM0268
assert_html_page 403
assert_eq "$(peers_stored GM0202)" "GM0228:1 GM0268:2" "Arnhem's stored choice"

# Withdrawn in SQL: gone on the next request too.
sql "UPDATE organisations SET show_name = 0 WHERE cbs_code = 'GM0268'"
http_as c GET "/benchmark/$Y/vergelijken"
assert_html_page 200
assert_body_lacks "Nijmegen"
assert_message peers.none

# Consent given again: Arnhem is back in Ede's view.
send_form a /gemeente/benchmark naam=ja
assert_status 303
assert_eq "$(peers_view c $Y)" "Ede own 41.3
Arnhem 55.5" "Ede's view after Arnhem consented again"
