# Only municipalities that consent to be named may be chosen: Doetinchem
# (not named), Ede itself, a province, an id that does not exist, a
# value that is no id and the same municipality twice are each refused
# with 422, the form shown again with the message beside the field and
# the boxes as they were sent, and nothing stored (the earlier choice
# stays, no audit line).
Y=2083
bench_year $Y
bench_rounds $Y GM0228,GM0202,GM0222
for c in GM0228 GM0202; do bench_show $c 1; done
bench_show GM0222 0
peers_keep GM0228
bench_user c GM0228 coordinator
peers_choose c $Y GM0202
assert_status 303
audit=$(sql "SELECT COUNT(*) FROM audit_log")
for bad in "GM0222" "GM0228" "$(org_id PV25)" "999999999" "abc" "GM0202 GM0202" "GM0202 GM0222"; do
	# shellcheck disable=SC2086
	peers_choose c $Y $bad
	assert_html_page 422
	assert_field_error peers peer "$(message peers.not-consenting)"
	assert_eq "$(peers_stored GM0228)" "GM0202:1" "the stored choice after choosing $bad"
done
assert_eq "$(sql "SELECT COUNT(*) FROM audit_log")" "$audit" "audit lines"
# As XML: the error, and the box of Arnhem ticked as sent.
send_form c "/benchmark/$Y/vergelijken?format=xml" "peer=$(org_id GM0202)" "peer=$(org_id GM0222)"
assert_status 422
assert_eq "$(form_errors peers)" "peer peers.not-consenting" "the errors"
assert_xpath "/page/form[@name='peers']/field/option[@checked='yes']/@label" Arnhem
assert_xpath "count(/page/form[@name='peers']/field/option[@label='Doetinchem'])" 0
