# With [benchmark] min_group = 2 (the lowest the configuration allows): a
# year with Ede as its only participant shows no figures (hidden
# "too-small"), only Ede's own values; once Arnhem (not named here) takes
# part too, the published median of two values is shown: the mean of
# both (the window of a group smaller than three is the whole group),
# Ede 30 and Arnhem 50 give 40, shown as the range 40-45, with Ede
# below-median; no minimum, maximum, percentile or quartiles (those only
# from twice min_group anonymous values). A scope only Ede has a score
# for (n = 1) stays hidden, with Ede's own value.
Y=2042
bench_min_group 2
bench_show GM0202 0
bench_year $Y
bench_rounds $Y GM0228
bench_score $Y GM0228 overall - 30
bench_recompute $Y

sign_in_as m member
bench_page m "/benchmark/$Y"
assert_xpath /page/benchmark/@min-group 2
assert_xpath /page/benchmark/@participants 1
assert_xpath /page/benchmark/@hidden too-small
assert_xpath "count(/page/benchmark/stat[@min or @q1 or @median or @q3 or @max or @percentile or @position])" 0
bench_check $Y all GM0228

bench_rounds $Y GM0202
bench_score $Y GM0202 overall - 50
bench_score $Y GM0202 theme borging NULL
bench_score $Y GM0228 theme borging 35
bench_recompute $Y
bench_page m "/benchmark/$Y"
assert_xpath /page/benchmark/@participants 2
assert_xpath /page/benchmark/@hidden no
s="/page/benchmark/stat[@scope='overall'][@key='']"
for a in n:2 median:40 median-to:45 own:30.0 position:below-median quartiles:too-few; do
	assert_xpath "$s/@${a%%:*}" "${a#*:}"
done
assert_xpath "count($s/@min | $s/@q1 | $s/@q3 | $s/@max | $s/@percentile)" 0
s="/page/benchmark/stat[@scope='theme'][@key='borging']"
assert_xpath "$s/@n" 1
assert_xpath "$s/@hidden" yes
assert_xpath "$s/@reason" too-few
assert_xpath "$s/@own" 35.0
assert_xpath "count($s/@median)" 0
bench_check $Y all GM0228
