# Figures worked out by hand, with ties: six participants whose overall
# scores are 10, 20, 20, 20, 50 and 80 (Ede one of the 20s). Type 7:
# q1 = x[1.25] = 20, median = x[2.5] = 20, q3 = x[3.75] = 20 + 0.75 x 30
# = 42.5; Ede's percentile is (1 below + half of 3 equal) / 6 = 41.7 %,
# shown as 42, position at-median. For the theme borging (10, 30, 30, 60,
# 70, 90 with Ede at 70): q1 = 30, median = 45, q3 = 67.5, percentile
# (4 + 0.5) / 6 = 75, top-quartile. For the category gww, all six at 40:
# every figure 40, percentile 50, at-median. For the share overall with
# Ede at 4 of (4, 6, 8, 10, 12, 14): q1 6.5, median 9, q3 11.5,
# percentile 8 (8.3), bottom-quartile; for inkoopbeleid (12, 14, 16, 18,
# 20, 22, Ede 14): q1 14.5, so Ede below it, percentile 25,
# bottom-quartile; samenwerking (Ede 16 of the same): below-median,
# percentile 42 (41.7).
Y=2041
bench_year $Y
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
# stat SCOPE KEY: its figures as "n min q1 median q3 max own percentile position".
stat() {
	local s="/page/benchmark/stat[@scope='$1'][@key='$2']" a out=()
	for a in n min q1 median q3 max own percentile position; do out+=("$(xpath "$s/@$a")"); done
	printf '%s\n' "${out[*]}"
}
assert_eq "$(stat overall '')" "6 10.0 20.0 20.0 42.5 80.0 20.0 42 at-median" "overall"
assert_eq "$(stat theme borging)" "6 10.0 30.0 45.0 67.5 90.0 70.0 75 top-quartile" "theme borging"
assert_eq "$(stat category gww)" "6 40.0 40.0 40.0 40.0 40.0 40.0 50 at-median" "category gww"
assert_eq "$(stat share overall)" "6 4.0 6.5 9.0 11.5 14.0 4.0 8 bottom-quartile" "share overall"
assert_eq "$(stat theme inkoopbeleid)" "6 12.0 14.5 17.0 19.5 22.0 14.0 25 bottom-quartile" "theme inkoopbeleid"
assert_eq "$(stat theme samenwerking)" "6 12.0 14.5 17.0 19.5 22.0 16.0 42 below-median" "theme samenwerking"
bench_check $Y all GM0228
