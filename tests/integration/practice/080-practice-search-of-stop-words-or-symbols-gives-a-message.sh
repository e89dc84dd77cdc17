# A search that holds only stop words (Dutch or English, InnoDB's own),
# words under three letters, or symbols (the boolean operators among
# them) answers 200 with the page's helpful message and no results, never
# an error page; so does one of over 200 characters (its own message).
# Words left out beside real ones are named, and the real ones searched.
sign_in_as m member
w=$(unique stop | tr -d '-' | tr 0-9 a-j)
p=$(practice_sql GM0228 "De $w van het jaar" "s" "a" "r" gww 2024 1 hergebruik) || fail "cannot add a practice"
on_exit "drop_practice $p"
msg=$(message practice.search.no-words)
while IFS= read -r q; do
	http_as m GET "/praktijk?format=xml" --get --data-urlencode "q=$q"
	assert_status 200
	assert_xpath "/page/search/@state" no-words
	assert_xpath "/page/search/@total" 0
	assert_xpath "count(/page/practices/practice)" 0
	http_as m GET "/praktijk" --get --data-urlencode "q=$q"
	assert_html_page 200
	assert_body_has "$msg"
done <<'Q'
de het een
the of and with
de en van het
a b c
ab cd ef
+++ --- ***
"" () <> ~ @ *
+-*()<>~"@'
…–—‘’“”
% _ \ / ; :
Q
long=$(printf 'asfalt %.0s' $(seq 1 40))
http_as m GET "/praktijk?format=xml" --get --data-urlencode "q=$long"
assert_status 200
assert_xpath "/page/search/@state" too-long
assert_xpath "/page/search/@total" 0
http_as m GET "/praktijk" --get --data-urlencode "q=$long"
assert_html_page 200
assert_body_has "$(message practice.search.too-long 200)"
http_as m GET "/praktijk?format=xml" --get --data-urlencode "q=de $w van het"
assert_xpath "/page/search/@state" ok
assert_xpath "/page/search/ignored" "de van het"
assert_xpath "/page/practices/practice/@id" "$p"
