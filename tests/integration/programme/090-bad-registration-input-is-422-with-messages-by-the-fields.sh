# Bad input on the registration form gets the form again (422), with a
# message next to each bad field and what was typed kept, and nothing is
# stored (no row, no notice, counters unchanged): missing fields; a name
# or function of 151 characters (é: two bytes each; 150 is accepted);
# e-mail addresses that are not; an organisation id that does not exist or
# is not a number; an organisation that is not a municipality.
new_event
ede=$(org_id GM0228)
label() { message "form.register.$1.label"; }
queued=$(sql "SELECT COUNT(*) FROM outbox")
long=$(printf 'é%.0s' $(seq 151))

# post CASE ORG NAME EMAIL JOB EXPECTED: one bad POST, as HTML and as XML;
# EXPECTED lists "field key" lines.
post() {
	local what=$1 org=$2 name=$3 email=$4 job=$5 want=$6 f key v
	local args=(--data-urlencode "csrf=$(csrf anon)")
	[ "$org" = - ] || args+=(--data-urlencode "organisatie=$org")
	[ "$name" = - ] || args+=(--data-urlencode "naam=$name")
	[ "$email" = - ] || args+=(--data-urlencode "email=$email")
	[ "$job" = - ] || args+=(--data-urlencode "functie=$job")
	http_as anon POST "/programma/$EVENT/aanmelden" "${args[@]}" -H 'Accept: application/xml'
	assert_status 422
	assert_xml
	assert_eq "$(form_errors register)" "$want" "$what: errors in the form"
	for f in organisatie naam email functie; do
		case $f in organisatie) v=$org ;; naam) v=$name ;; email) v=$email ;; functie) v=$job ;; esac
		[ "$v" = - ] && v=
		assert_eq "$(field_value register "$f")" "$v" "$what: value of $f kept"
	done
	http_as anon POST "/programma/$EVENT/aanmelden" "${args[@]}"
	assert_html_page 422
	while read -r f key; do
		case $f:$key in
		*:field.required | *:field.choice) text=$(message "$key" "$(label "$f")") ;;
		# With the most characters the field takes (the error's arg).
		*:field.text.invalid) text=$(message field.text.invalid.max "$(label "$f")" 150) ;;
		*) text=$(message "$key") ;;
		esac
		case $f in organisatie) v=$org ;; naam) v=$name ;; email) v=$email ;; functie) v=$job ;; esac
		[ "$v" = - ] && v=
		assert_field_error register "$f" "$text" "$v"
	done <<<"$want"
	assert_eq "$(regs "$EVENT")" "" "$what: registrations"
	assert_counters "$EVENT" 0 0
	assert_eq "$(sql "SELECT COUNT(*) FROM outbox")" "$queued" "$what: outbox rows"
}

post "nothing filled in" - - - - "organisatie field.required
naam field.required
email field.required
functie field.required"
post "empty fields" "" "" "" "" "organisatie field.required
naam field.required
email field.required
functie field.required"
post "151 characters" "$ede" "$long" "lang-$$@ede.example" "$long" "naam field.text.invalid
functie field.text.invalid"
http_as anon POST "/programma/$EVENT/aanmelden" -H 'Accept: application/xml' --data-urlencode "csrf=$(csrf anon)" \
	--data-urlencode "organisatie=$ede" --data-urlencode "naam=$long" --data-urlencode "email=lang-$$@ede.example" \
	--data-urlencode "functie=Inkoper"
assert_xpath "/page/form[@name='register']/field[@name='naam']/error/@arg" 150
for bad in geen-adres "iemand@ede" "twee woorden@ede.example" "a@b.nl;c@d.nl" "@ede.example" "x@@ede.example"; do
	post "e-mail $bad" "$ede" "Els Fout" "$bad" Inkoper "email field.email"
done
post "unknown organisation" 999999 "Els Fout" "fout-$$@ede.example" Inkoper "organisatie field.choice"
post "organisation not a number" "Ede" "Els Fout" "fout-$$@ede.example" Inkoper "organisatie field.choice"
post "a province" "$(org_id PV25)" "Els Fout" "fout-$$@ede.example" Inkoper "organisatie field.choice"
post "the organisers" "$(sql "SELECT MIN(id) FROM organisations WHERE kind = 'organisator'")" \
	"Els Fout" "fout-$$@ede.example" Inkoper "organisatie field.choice"

# 150 characters is not too long.
registered anon "$EVENT" "$ede" "${long%é}" "lang-$$@ede.example" "${long%é}"
assert_eq "$(reg_by_token "$TOKEN" "CHAR_LENGTH(name), CHAR_LENGTH(job_title)" | tr '\t' ' ')" "150 150" \
	"stored name and function lengths"
