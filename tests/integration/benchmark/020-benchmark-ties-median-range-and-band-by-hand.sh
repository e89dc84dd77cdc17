# Figures worked out by hand, with ties: six participants, none named,
# whose overall scores are 10, 20, 20, 20, 50 and 80 (Ede one of the 20s).
# Published (disclosure control): the median is the mean of the three
# values nearest its position (n = 6: h = 2.5, rounded half up to 3, so
# ranks 2 to 4), shown as its 5-point range; no minimum, maximum,
# quartiles (6 anonymous values, fewer than twice min_group) or
# percentile; the own position a band against the median's range.
# overall: (20 + 20 + 50) / 3 = 30, 30-35, Ede's 20 below-median.
# borging (10, 30, 30, 60, 70, 90, Ede 70): 53.3, 50-55, above-median.
# gww (all six 40): 40, 40-45, at-median. share overall (4, 6, 8, 10, 12,
# 14, Ede 4): 10, 10-15, below-median. inkoopbeleid (12 ... 22, Ede 14):
# 18, 15-20, below-median; samenwerking (Ede 16 of the same): at-median.
Y=2041
bench_year $Y
for c in GM0228 GM0202 GM0268 GM0200 GM0222 GM0289; do bench_show $c 0; done
bench_rounds $Y GM0228,GM0202,GM0268,GM0200,GM0222,GM0289
bench_scores $Y overall - GM0202=10 GM0268=20 GM0228=20 GM0200=20 GM0222=50 GM0289=80
bench_scores $Y theme borging GM0202=10 GM0268=30 GM0200=30 GM0222=60 GM0228=70 GM0289=90
bench_scores $Y category gww GM0202=40 GM0268=40 GM0228=40 GM0200=40 GM0222=40 GM0289=40
bench_scores $Y share overall GM0228=4 GM0202=6 GM0268=8 GM0200=10 GM0222=12 GM0289=14
bench_scores $Y theme inkoopbeleid GM0202=12 GM0228=14 GM0268=16 GM0200=18 GM0222=20 GM0289=22
bench_scores $Y theme samenwerking GM0202=12 GM0268=14 GM0228=16 GM0200=18 GM0222=20 GM0289=22
bench_recompute $Y

sign_in_as m member
bench_page m "/benchmark/$Y?groep=alle"
# stat SCOPE KEY: its figures as "n min median median-to q1 q3 max own
# percentile position" (absent ones empty).
stat() {
	local s="/page/benchmark/stat[@scope='$1'][@key='$2']" a out=()
	for a in n min median median-to q1 q3 max own percentile position; do out+=("$(xpath "$s/@$a")"); done
	printf '%s\n' "${out[*]}"
}
assert_eq "$(stat overall '')" "6  30 35    20.0  below-median" "overall"
assert_eq "$(stat theme borging)" "6  50 55    70.0  above-median" "theme borging"
assert_eq "$(stat category gww)" "6  40 45    40.0  at-median" "category gww"
assert_eq "$(stat share overall)" "6  10 15    4.0  below-median" "share overall"
assert_eq "$(stat theme inkoopbeleid)" "6  15 20    14.0  below-median" "theme inkoopbeleid"
assert_eq "$(stat theme samenwerking)" "6  15 20    16.0  at-median" "theme samenwerking"
assert_xpath "/page/benchmark/stat[@scope='overall']/@quartiles" too-few
bench_check $Y all GM0228
