# A score-band rule applies when from <= score < below (from 0 and, without
# below, up to and including 100, when not given): with rules on the
# theme borging for 0-25, 25-50 and 50-100, the category gww for 30-60,
# the level strategisch for 40-40.5 and overall below 100, Ede's round
# gets exactly the rules whose band holds its score as it is set here,
# at each bound (24.999, 25, 49.999, 50, 100, 0) and without a score.
Y=2055
V=9102
bench_year $Y
bench_rounds $Y GM0228,GM0202,GM0268,GM0200,GM0222
advice_file $V "$TEST_TMP/advice.xml" \
	"b-low basis scope=theme key=borging below=25" \
	"b-mid significant scope=theme key=borging from=25 below=50" \
	"b-high ambitious scope=theme key=borging from=50" \
	"gww-mid basis scope=category key=gww from=30 below=60" \
	"strat-narrow significant scope=level key=strategisch from=40 below=40.5" \
	"all-but-100 basis scope=overall below=100"
advice_import $V "$TEST_TMP/advice.xml"
sign_in_as m member

# case BORGING GWW STRATEGISCH OVERALL EXPECTED-RULES (sorted)
check() {
	bench_score $Y GM0228 theme borging "$1"
	bench_score $Y GM0228 category gww "$2"
	bench_score $Y GM0228 level strategisch "$3"
	bench_score $Y GM0228 overall - "$4"
	bench_page m "/advies/$Y"
	assert_xpath /page/advice/@year $Y
	assert_xpath /page/advice/@hidden no
	assert_eq "$(advice_rules | tr ' ' '\n' | sort | xargs)" "$5" "rules for borging $1, gww $2, strategisch $3, overall $4"
}
check 24.999 29.999 39.999 99.999 "all-but-100 b-low"
check 25 30 40 100 "b-mid gww-mid strat-narrow"
check 49.999 59.999 40.499 0 "all-but-100 b-mid gww-mid strat-narrow"
check 50 60 40.5 50 "all-but-100 b-high"
check 100 100 100 100 "b-high"
check 0 0 0 0 "all-but-100 b-low"
check NULL NULL NULL NULL ""
# The item says what it matched on.
check 25 45 NULL NULL "b-mid gww-mid"
s="/page/advice/item[@rule='b-mid']"
for a in tier:significant scope:theme key:borging score:25.0 gap:75.0; do assert_xpath "$s/@${a%%:*}" "${a#*:}"; done
assert_xpath "number($s/when/@from)" 25
assert_xpath "number($s/when/@below)" 50
assert_xpath "normalize-space($s/text)" "Advies b-mid"
bench_page m "/advies/$Y?lang=en"
assert_xpath "normalize-space($s/text)" "Advice b-mid"
http_as m GET "/advies/$Y?lang=nl"
assert_html_page 200
assert_body_has "Advies b-mid"
assert_body_has "Advies gww-mid"
assert_body_lacks "Advies b-low"
