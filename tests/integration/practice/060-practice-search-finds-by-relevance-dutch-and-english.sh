# Full-text search over title, summary, approach and results of published
# practices, in relevance order: a word of this test (W) occurs five, three
# and one times in three practices (two more without it make W rare, as
# relevance wants); ?q=W lists them 5, 3, 1 (sorted "relevantie" by
# default), with sorteer=nieuw newest first. Dutch words are found in
# other forms ("circulair" finds "circulaire"), English words too; of
# several words any finds a practice, and one with all of them comes
# first. Anonymous visitors find only public ones.
w=$(unique zoek | tr -d '-' | tr 0-9 a-j)
add() { practice_sql "$@" || fail "cannot add a practice"; }
one=$(add GM0228 "Eén keer" "Een samenvatting over $w." "Aanpak" "Resultaat" gww 2023 1 hergebruik)
on_exit "drop_practice $one"
five=$(add GM0202 "Vijf keer $w" "$w $w en nog eens $w" "De aanpak met $w" "Resultaat" gww 2024 0 hergebruik)
on_exit "drop_practice $five"
three=$(add GM0228 "Drie keer" "$w en $w" "Aanpak" "De circulaire inkoop van $w" bouw 2024 1 energie)
on_exit "drop_practice $three"
for i in 1 2; do
	x=$(add GM0228 "Zonder het woord $i" "Circulaire inkoop van asfalt" "Aanpak" "Resultaat" gww 2024 1 gezond)
	on_exit "drop_practice $x"
done
en=$(add GM0202 "Reusable furniture $(unique en | tr -d 0-9-)" "Buying refurbished office chairs" "Tender with take-back" "Less waste" kantoor-fm 2025 1 kringloop)
on_exit "drop_practice $en"
sign_in_as m member

ids() { practice_ids | sed 's/$/ /;s/^ $//'; }
http_as m GET "/praktijk?q=$w&format=xml"
assert_status 200
assert_xpath "/page/search/@state" ok
assert_xpath "/page/search/@sort" relevantie
assert_xpath "/page/search/@total" 3
assert_eq "$(ids)" "$five $three $one " "relevance order"
http_as m GET "/praktijk?q=$w&sorteer=nieuw&format=xml"
assert_eq "$(ids)" "$three $five $one " "newest first"
http_as m GET "/praktijk?q=$w"
assert_html_page 200
assert_body_has "Vijf keer <mark class=\"cimolt-mark\">$w</mark>"

http_as m GET "/praktijk?q=circulair+$w&format=xml"
assert_eq "$(ids | cut -d' ' -f1)" "$three" "circulair finds circulaire, and both words first"
for p in $five $one; do
	grep -qw "$p" <<<"$(ids)" || fail "circulair $w: $p, with $w only, is not found"
done
http_as m GET "/praktijk?q=refurbished+chairs+take-back&format=xml"
assert_eq "$(ids | cut -d' ' -f1)" "$en" "English words (the one with all three first)"
http_as m GET "/praktijk?q=FURNITURE+Reusable&format=xml"
assert_eq "$(ids)" "$en " "capitals do not matter"
http GET "/praktijk?q=$w&format=xml"
assert_eq "$(ids)" "$three $one " "anonymous: public ones only"
