# What the search box gets is only ever words to look for: SQL (quotes,
# comments, UNION, a DROP), the old FULLTEXT boolean operators (+ - " *
# @ ~ < >) and markup answer 200 and change nothing in the database;
# operators cannot exclude or force anything: a query finds exactly what
# its bare words find (any of them, so both practices with this test's
# word); the echoed query is escaped in the page.
sign_in_as m member
w=$(unique inj | tr -d '-' | tr 0-9 a-j)
p1=$(practice_sql GM0228 "Asfalt $w" "s" "a" "r" gww 2024 1 hergebruik) || fail "cannot add a practice"
on_exit "drop_practice $p1"
p2=$(practice_sql GM0228 "Beton $w" "s" "a" "r" bouw 2024 1 hergebruik) || fail "cannot add a practice"
on_exit "drop_practice $p2"
ids() { xmllint --xpath '/page/practices/practice/@id' "$TEST_TMP/body" 2>/dev/null | grep -o '[0-9]*' | tr '\n' ' '; }
db_state "$TEST_TMP/before"
while read -r q; do
	bare=$(tr -c '[:alnum:]' ' ' <<<"$q")
	http_as m GET "/praktijk?format=xml" --get --data-urlencode "q=$bare"
	assert_status 200
	want=$(ids)
	grep -qw "$p1" <<<"$want" && grep -qw "$p2" <<<"$want" ||
		fail "the bare words of q=$q do not find both practices: '$want'"
	http_as m GET "/praktijk?format=xml" --get --data-urlencode "q=$q"
	assert_status 200
	assert_eq "$(ids)" "$want" "results of q=$q"
	http_as m GET "/praktijk" --get --data-urlencode "q=$q"
	assert_html_page 200
	assert_body_lacks "<script>alert"
done <<Q
$w' OR '1'='1
$w") UNION SELECT email, password_hash FROM users -- 
$w'; DROP TABLE practices; --
$w -asfalt
$w -beton
+$w -asfalt
"$w asfalt"
$w*
@$w ~asfalt <beton >asfalt
$w (beton)
<script>alert(1)</script> $w
%27 OR 1=1 $w
\\' $w \\" \\\\
Q
assert_db_unchanged "$TEST_TMP/before" "the searches"
assert_eq "$(sql "SELECT COUNT(*) FROM practices WHERE id IN ($p1, $p2)")" 2 "the practices are still there"
