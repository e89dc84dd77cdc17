# The partners of a practice are bounded: 20 different municipalities are
# taken (303); 21 values, or a body of about 1 MB holding 85,000 values
# (a municipality named over and over), are refused with the form again
# (422, "partners field.too-many" with 20), store nothing, and cost a
# fixed number of database statements: fewer than 100 in all (the
# server's Queries counter, which every statement of every connection
# moves, the courier's included), where a query per value ran 85,000.
sign_in_as m member
own=$(org_id GM0228)
mapfile -t munis < <(sql "SELECT id FROM organisations WHERE kind = 'gemeente' AND id <> $own ORDER BY id LIMIT 21")
[ "${#munis[@]}" = 21 ] || fail "fewer than 21 other municipalities in the database"
state() {
	table_digest practices practice_revisions practice_orgs
	sql "SELECT COUNT(*) FROM audit_log; SELECT COUNT(*) FROM outbox"
}
queries() { sql "SHOW GLOBAL STATUS LIKE 'Queries'" | cut -f2; }

partners=()
for id in "${munis[@]:0:20}"; do partners+=("partners=$id"); done
practice_new m "Twintig partners $(unique p)" "${partners[@]}"
assert_eq "$(sql "SELECT COUNT(*) FROM practice_orgs po JOIN practices p ON p.working_revision_id = po.revision_id
	WHERE p.id = $PRACTICE")" 20 "partners stored of 20 sent"

before=$(state)
send_form m /praktijk/nieuw "${PRACTICE_FIELDS[@]}" "title=Eenentwintig" "${partners[@]}" \
	"partners=${munis[20]}" -- -H 'Accept: application/xml'
assert_status 422
assert_eq "$(form_errors practice)" "partners field.too-many" "errors with 21 partners"
assert_xpath "/page/form[@name='practice']/field[@name='partners']/error/@arg" 20

# The body: the fields, then partners=ID& up to about 1 MB.
{
	printf 'csrf=%s&title=Veel' "$(csrf m)"
	for f in "${PRACTICE_FIELDS[@]}"; do printf '&%s' "$(python3 -c 'import sys, urllib.parse; k, v = sys.argv[1].split("=", 1); print(k + "=" + urllib.parse.quote_plus(v))' "$f")"; done
	python3 -c 'import sys; sys.stdout.write(("&partners=" + sys.argv[1]) * 85000)' "${munis[0]}"
} >"$TEST_TMP/big"
size=$(stat -c %s "$TEST_TMP/big")
[ "$size" -ge 900000 ] && [ "$size" -le 1048576 ] || fail "the body is $size bytes, not about 1 MB"
q0=$(queries)
http_as m POST /praktijk/nieuw -H 'Accept: application/xml' --data-binary @"$TEST_TMP/big"
q1=$(queries)
assert_status 422
assert_eq "$(form_errors practice)" "partners field.too-many" "errors with 85,000 partners"
[ $((q1 - q0)) -lt 100 ] || fail "the request with 85,000 partners ran $((q1 - q0)) statements"
echo "# 85,000 partners ($size bytes): $((q1 - q0)) statements in all while it ran"
assert_eq "$(state)" "$before" "the database after the refused forms"
