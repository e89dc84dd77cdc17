# [benchmark] size_classes = 30000,60000 makes three size classes, each
# a municipality's by its inhabitants (migration 030), or without them
# by the old size_class where that lies wholly inside one class: the
# year's size groups are exactly "<30k" (Aalten 27,500, Beuningen
# 26,000, Culemborg 29,500 and Heuvelland, '<20k' without a figure),
# "30k-60k" (Zaltbommel 30,500, Renkum 31,500, Doetinchem 58,500) and
# ">=60k" (Barneveld 61,000, Ede 121,000); Eemland ('20k-50k', no
# figure) is in none, and has no size group to choose (404). The pages
# name the classes in words in both languages. Without the option the
# four classes of old come back, as before, on the next recompute; and
# boundaries that do not increase are refused, naming the key.
Y=2086
bench_test_orgs
bench_config size_classes 30000,60000
bench_year $Y
bench_rounds $Y GM0197,GM0209,GM0216,GM9904,GM0297,GM0274,GM0222,GM0203,GM0228,GM9903
size_groups() {
	sql "SELECT COALESCE(GROUP_CONCAT(CONCAT(grp_key, '=', participants) ORDER BY grp_key SEPARATOR ' '), '')
		FROM peer_groups WHERE year = $Y AND grp = 'size'"
}
assert_eq "$(size_groups)" "30k-60k=3 <30k=4 >=60k=2" "the size groups"

bench_user a GM0197 member
bench_page a "/benchmark/$Y?groep=grootte"
assert_xpath "/page/benchmark/groups/group[@name='size']/@label" "<30k"
assert_xpath "/page/benchmark/@participants" 4
http_as a GET "/benchmark/$Y?groep=grootte"
assert_html_page 200
assert_message group.size "minder dan 30.000"
http_as a GET "/benchmark/$Y?groep=grootte&lang=en"
assert_html_page 200
assert_body_has "Municipalities with fewer than 30,000 inhabitants"

bench_user d GM0222 member
bench_page d "/benchmark/$Y?groep=grootte"
assert_xpath "/page/benchmark/groups/group[@name='size']/@label" "30k-60k"
assert_xpath "/page/benchmark/@participants" 3
http_as d GET "/benchmark/$Y?groep=grootte"
assert_message group.size "30.000 tot 60.000"

bench_user e GM0228 member
bench_page e "/benchmark/$Y?groep=grootte"
assert_xpath "/page/benchmark/groups/group[@name='size']/@label" ">=60k"
assert_xpath "/page/benchmark/@participants" 2
http_as e GET "/benchmark/$Y?groep=grootte&lang=en"
assert_body_has "Municipalities with 60,000 or more inhabitants"

bench_user x GM9903 member
bench_page x "/benchmark/$Y"
assert_eq "$(xpath "count(/page/benchmark/groups/group[@name='size'])")" 0 "Eemland's size groups"
http_as x GET "/benchmark/$Y?groep=grootte"
assert_html_page 404

# The option taken away: the old classes, by the same figures.
bench_config_restore
bench_recompute $Y
assert_eq "$(size_groups)" "20k-50k=6 50k-100k=2 <20k=1 >=100k=1" "the size groups without the option"
bench_page a "/benchmark/$Y?groep=grootte"
assert_xpath "/page/benchmark/groups/group[@name='size']/@label" "20k-50k"

# Boundaries that do not increase: refused, naming the file, line and key.
{ cat "$STACK_CONFIG"; printf '\n[benchmark]\nsize_classes = 60000,30000\n'; } >"$TEST_TMP/bad.ini"
out=$("$STACK_BIN/cimolt-admin" -c "$TEST_TMP/bad.ini" benchmark recompute --year $Y 2>&1) &&
	fail "cimolt-admin accepted size_classes = 60000,30000"
line=$(grep -n '^size_classes' "$TEST_TMP/bad.ini" | cut -d: -f1)
assert_eq "$(grep -c "$TEST_TMP/bad.ini:$line: \[benchmark\] size_classes: not 1 to 7 increasing whole numbers" <<<"$out")" 1 \
	"the message: $out"
