# With [benchmark] min_group = 2 (the lowest the configuration allows): a
# year with Ede as its only participant shows no figures (hidden
# "too-small"), only Ede's own values; once Arnhem takes part too, the
# figures of two values are shown: Ede 30 and Arnhem 50 give minimum 30,
# q1 35, median 40 (the mean of the two), q3 45, maximum 50, and Ede's
# percentile 25, bottom-quartile; a scope only Ede has a score for (n = 1)
# stays hidden, with Ede's own value.
Y=2042
bench_min_group 2
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
for a in n:2 min:30.0 q1:35.0 median:40.0 q3:45.0 max:50.0 own:30.0 percentile:25 position:bottom-quartile; do
	assert_xpath "$s/@${a%%:*}" "${a#*:}"
done
s="/page/benchmark/stat[@scope='theme'][@key='borging']"
assert_xpath "$s/@n" 1
assert_xpath "$s/@hidden" yes
assert_xpath "$s/@own" 35.0
assert_xpath "count($s/@median)" 0
bench_check $Y all GM0228
