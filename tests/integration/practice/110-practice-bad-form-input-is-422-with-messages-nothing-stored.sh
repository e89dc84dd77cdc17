# Bad input on the practice form, new or revised, gets the form again
# (422) with the message by the bad field and what was typed kept, and
# stores nothing (practices, revisions and their lists, audit log,
# outbox unchanged): missing required fields, a title of 201 characters
# (é: two bytes; 200 is accepted), a summary over 1000, bytes that are not
# UTF-8, an address that is not http(s), an unknown category, theme or
# aspect, no aspect, a year out of range, a partner that is no
# municipality, a contact person who did not opt in.
sign_in_as m member
p=$(practice_sql GM0228 "Bestaand $(unique b)" "s" "a" "r" gww 2024 0 hergebruik) || fail "cannot add"
on_exit "drop_practice $p"
long=$(printf 'é%.0s' $(seq 201))
next=$(( $(date +%Y) + 2 ))
state() {
	table_digest practices practice_revisions practice_aspects practice_themes practice_orgs practice_links practice_contacts
	sql "SELECT COUNT(*) FROM audit_log; SELECT COUNT(*) FROM outbox"
}
# A colleague who never opted in as a contact person (made here, so the
# test does not lean on the demo data).
nocontact=$(unique nocontact)@practice.example
new_user "$nocontact" "Nora Niet-contact" GM0228 member "$STACK_DEMO_PASSWORD"
nocontact_id=$(sql "SELECT id FROM users WHERE email = '$nocontact'")
before=$(state)
cases="title=|title field.required
title=$long|title field.text.invalid
summary=|summary field.required
summary=$(printf 'x%.0s' $(seq 1001))|summary field.text.invalid
approach=   |approach field.required
year=1999|year field.year
year=$next|year field.year
year=twee|year field.year
category=asfalt|category field.choice
value_band=1m|value_band field.choice
themes=circulair|themes field.choice
aspects=duurzaam|aspects field.choice
link1_url=ftp://files.example.org/bestek.pdf|link1_url field.url
link2_url=javascript:alert(1)|link2_url field.url
link3_label=Alleen een omschrijving|link3_url field.required
partners=$(org_id PV25)|partners field.choice
partners=999999|partners field.choice
contact=$nocontact_id|contact field.choice"
while IFS='|' read -r set want; do
	for path in /praktijk/nieuw "/praktijk/$p/bewerken"; do
		fields=()
		for f in "${PRACTICE_FIELDS[@]}" "title=Een titel"; do
			[ "${f%%=*}" = "${set%%=*}" ] || fields+=("$f")
		done
		send_form m "$path" "${fields[@]}" "$set" -- -H 'Accept: application/xml'
		REQ="$REQ with $set"
		assert_status 422
		assert_eq "$(form_errors practice)" "$want" "$path with ${set:0:40}: errors"
		case ${set%%=*} in
		themes | aspects | partners | contact) ;;
		*) assert_eq "$(field_value practice "${set%%=*}")" "${set#*=}" "$path with ${set:0:40}: value kept" ;;
		esac
		send_form m "$path" "${fields[@]}" "$set"
		assert_html_page 422
		assert_eq "$(state)" "$before" "$path with ${set:0:40}: the database"
	done
done <<<"$cases"

# No aspect ticked at all.
fields=()
for f in "${PRACTICE_FIELDS[@]}" "title=Een titel"; do
	[ "${f%%=*}" = aspects ] || fields+=("$f")
done
send_form m /praktijk/nieuw "${fields[@]}" -- -H 'Accept: application/xml'
assert_status 422
assert_eq "$(form_errors practice)" "aspects field.choose-some" "errors without an aspect"
assert_xpath "/page/form[@name='practice']/field[@name='themes']/option[@value='inkoopbeleid']/@checked" yes

# Bytes that are not UTF-8 in the title and the summary.
args=()
for f in "${PRACTICE_FIELDS[@]}"; do
	case $f in summary=*) ;; *) args+=(--data-urlencode "$f") ;; esac
done
http_as m POST /praktijk/nieuw -H 'Accept: application/xml' --data-urlencode "csrf=$(csrf m)" \
	--data "title=Kapot%FFteken&summary=ook%C3%28kapot" "${args[@]}"
assert_status 422
assert_eq "$(form_errors practice)" "title field.text.invalid
summary field.text.invalid" "errors for bytes that are not UTF-8"
assert_eq "$(state)" "$before" "the database after the bad bytes"

# 200 characters is not too long.
send_form m /praktijk/nieuw "${PRACTICE_FIELDS[@]}" "title=${long%é}"
assert_status 303
n=$(header Location | sed -nE 's|^/praktijk/([0-9]+)\?.*|\1|p')
on_exit "drop_practice $n"
assert_eq "$(sql "SELECT CHAR_LENGTH(r.title) FROM practices p JOIN practice_revisions r
	ON r.id = p.working_revision_id WHERE p.id = $n")" 200 "the stored title's length"
