# At most five peers: six municipalities that all consent are refused
# with 422 (the message names the five), nothing stored; five are
# accepted and stored in the order sent.
Y=2084
bench_year $Y
bench_rounds $Y GM0228,GM0202
six=(GM0202 GM0268 GM0200 GM0203 GM0243 GM0197)
for c in GM0228 "${six[@]}"; do bench_show $c 1; done
peers_keep GM0228
bench_user c GM0228 coordinator
peers_choose c $Y "${six[@]}"
assert_html_page 422
assert_field_error peers peer "$(message peers.too-many "" 5)"
assert_eq "$(peers_stored GM0228)" "" "the stored choice after six"
send_form c "/benchmark/$Y/vergelijken?format=xml" $(for c in "${six[@]}"; do printf 'peer=%s ' "$(org_id $c)"; done)
assert_status 422
assert_eq "$(form_errors peers)" "peer peers.too-many" "the errors"
assert_xpath "/page/form[@name='peers']/field/error/@arg" 5
# Many more values than that: the same answer.
send_form c "/benchmark/$Y/vergelijken" $(for i in $(seq 1 40); do printf 'peer=%s ' "$i"; done)
assert_html_page 422
assert_eq "$(peers_stored GM0228)" "" "the stored choice after forty"

peers_choose c $Y GM0243 GM0202 GM0268 GM0200 GM0203
assert_status 303
assert_eq "$(peers_stored GM0228)" "GM0243:1 GM0202:2 GM0268:3 GM0200:4 GM0203:5" "the stored choice of five"
# And none: an empty choice is a choice too.
peers_choose c $Y
assert_status 303
assert_eq "$(peers_stored GM0228)" "" "the stored choice after choosing none"
