# What the search box gets is only ever words to look for: SQL (quotes,
# comments, UNION, a DROP), FULLTEXT boolean operators (+ - " * @ ~ < >)
# and markup answer 200 and change nothing in the database; operators
# cannot exclude or force anything: a query finds what its bare words
# (all of them) find; the echoed query is escaped in the page.
sign_in_as m member
w=$(unique inj | tr -d '-' | tr 0-9 a-j)
p1=$(practice_sql GM0228 "Asfalt $w" "s" "a" "r" gww 2024 1 hergebruik) || fail "cannot add a practice"
on_exit "drop_practice $p1"
p2=$(practice_sql GM0228 "Beton $w" "s" "a" "r" bouw 2024 1 hergebruik) || fail "cannot add a practice"
on_exit "drop_practice $p2"
ids() { xmllint --xpath '/page/practices/practice/@id' "$TEST_TMP/body" 2>/dev/null | grep -o '[0-9]*' | sort -n | tr '\n' ' '; }
both=$(printf '%s\n' "$p1" "$p2" | sort -n | tr '\n' ' ')
db_state "$TEST_TMP/before"
while IFS='|' read -r q want; do
	http_as m GET "/praktijk?format=xml" --get --data-urlencode "q=$q"
	assert_status 200
	case $want in
	both) assert_eq "$(ids)" "$both" "results of q=$q" ;;
	p1) assert_eq "$(ids)" "$p1 " "results of q=$q" ;;
	p2) assert_eq "$(ids)" "$p2 " "results of q=$q" ;;
	none) assert_eq "$(ids)" "" "results of q=$q" ;;
	esac
	http_as m GET "/praktijk" --get --data-urlencode "q=$q"
	assert_html_page 200
	assert_body_lacks "<script>alert"
done <<Q
$w' OR '1'='1|both
$w") UNION SELECT email, password_hash FROM users -- |none
$w'; DROP TABLE practices; --|none
$w -asfalt|p1
$w -beton|p2
+$w -asfalt|p1
"$w asfalt"|p1
$w*|both
@$w ~asfalt <beton >asfalt|none
$w (beton)|p2
<script>alert(1)</script> $w|none
%27 OR 1=1 $w|both
\\' $w \\" \\\\|both
Q
assert_db_unchanged "$TEST_TMP/before" "the searches"
assert_eq "$(sql "SELECT COUNT(*) FROM practices WHERE id IN ($p1, $p2)")" 2 "the practices are still there"
