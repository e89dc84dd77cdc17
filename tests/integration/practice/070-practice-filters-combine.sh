# The filters of /praktijk (categorie, thema, aspect, provincie, jaar)
# each narrow the list and combine with each other and with the search;
# the paging links keep them. A value no form offers is 400.
w=$(unique filter | tr -d '-' | tr 0-9 a-j)
add() { practice_sql "$@" || fail "cannot add a practice"; }
a=$(add GM0228 "A $w" "s" "a" "r" gww 2024 1 hergebruik kringloop); on_exit "drop_practice $a"
b=$(add GM0202 "B $w" "s" "a" "r" gww 2025 1 hergebruik); on_exit "drop_practice $b"
c=$(add GM0228 "C $w" "s" "a" "r" bouw 2024 1 kringloop); on_exit "drop_practice $c"
d=$(add GM0228 "D $w" "s" "a" "r" gww 2024 1 energie); on_exit "drop_practice $d"
for p in $a $c; do
	sql "INSERT INTO practice_themes (revision_id, theme) SELECT published_revision_id, 'inkoopbeleid'
		FROM practices WHERE id = $p"
done
ids() { xmllint --xpath '/page/practices/practice/@id' "$TEST_TMP/body" 2>/dev/null | grep -o '[0-9]*' | sort -n | tr '\n' ' '; }
sorted() { [ $# -eq 0 ] || printf "%s\n" "$@" | sort -n | tr "\n" " "; }
check() {
	http GET "/praktijk?q=$w&$1&format=xml"
	assert_status 200
	assert_eq "$(ids)" "$(sorted "${@:2}")" "?$1"
}
check "" $a $b $c $d
check "categorie=gww" $a $b $d
check "categorie=gww&jaar=2024" $a $d
check "categorie=gww&jaar=2024&aspect=hergebruik" $a
check "aspect=kringloop" $a $c
check "aspect=kringloop&thema=inkoopbeleid&categorie=bouw" $c
check "thema=inkoopbeleid" $a $c
check "provincie=PV25&aspect=hergebruik" $a $b
check "provincie=PV27"
check "jaar=2025" $b
http GET "/praktijk?categorie=gww&jaar=2024&aspect=hergebruik&format=xml"
assert_xpath "count(/page/practices/practice[@id='$a'])" 1
assert_xpath "count(/page/practices/practice[@id='$b' or @id='$c'])" 0
assert_xpath "/page/filters/filter[@name='categorie']/@value" gww
assert_xpath "/page/filters/filter[@name='jaar']/@value" 2024
for bad in categorie=asfalt "thema=x" "aspect=gezond'" "jaar=twee" "provincie=pv%2025" "sorteer=oud" "pagina=0" "categorie=gww'%20OR%20'1'='1"; do
	http GET "/praktijk?$bad"
	assert_html_page 400
done
# Paging keeps the filters: 21 practices of this test, 20 a page.
for i in $(seq 1 21); do
	x=$(add GM0228 "Pagina $i $w" "s" "a" "r" energie 2022 1 energie); on_exit "drop_practice $x"
done
http GET "/praktijk?q=$w&categorie=energie&jaar=2022&format=xml"
assert_xpath "/page/search/@total" 21
assert_xpath "count(/page/practices/practice)" 20
assert_xpath "/page/pagination/link[@rel='next']/@href" "/praktijk?categorie=energie&jaar=2022&q=$w&pagina=2"
http GET "/praktijk?categorie=energie&jaar=2022&q=$w&pagina=2&format=xml"
assert_xpath "count(/page/practices/practice)" 1
