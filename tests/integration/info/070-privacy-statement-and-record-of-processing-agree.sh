# The shipped privacy statement (the first revision of /privacy, in both
# languages), the record of processing (docs/verwerkingsregister.md) and
# the example configuration name the same retention periods, and the
# privacy statement and the record both name the mail webhook and the
# SMTP relay as processors and the same legal basis.
reg=$STACK_ROOT/docs/verwerkingsregister.md
ini=$STACK_ROOT/etc/cimolt.ini.in
[ -f "$reg" ] || fail "no docs/verwerkingsregister.md"
shipped() {
	stack_sql -N -B -r "$STACK_DB_NAME" -e "SELECT body FROM info_revisions
		WHERE page = 'privacy' AND lang = '$1' AND user_id IS NULL ORDER BY id LIMIT 1"
}
nl=$(shipped nl) en=$(shipped en)
[ -n "$nl" ] && [ -n "$en" ] || fail "no shipped privacy statement"
for key in registrations_months messages_days login_failures_days audit_years; do
	conf=$(sed -n "s/^$key = \([0-9]*\)$/\1/p" "$ini")
	doc=$(sed -n "s/^| \`$key\` | \([0-9]*\) |.*/\1/p" "$reg")
	[ -n "$conf" ] || fail "etc/cimolt.ini.in has no $key"
	assert_eq "$doc" "$conf" "$key in the record of processing against etc/cimolt.ini.in"
	case $key in
	registrations_months) w_nl="$conf maanden na de bijeenkomst" w_en="$conf months after the meeting" ;;
	messages_days) w_nl="$conf dagen na verzending" w_en="$conf days after it was sent" ;;
	login_failures_days) w_nl="Na $conf dagen gewist" w_en="Erased after $conf days" ;;
	audit_years) w_nl="na $conf jaar gepseudonimiseerd" w_en="after $conf years" ;;
	esac
	grep -qF -- "$w_nl" <<<"$nl" || fail "the Dutch privacy statement does not say '$w_nl'"
	grep -qF -- "$w_en" <<<"$en" || fail "the English privacy statement does not say '$w_en'"
done
for w in "artikel 6 lid 1 onder e AVG" "artikel 32 AVG" "webhook" "SMTP-relay" "verwerker"; do
	grep -qiF -- "$w" <<<"$nl" || fail "the Dutch privacy statement does not name '$w'"
	grep -qiF -- "$w" "$reg" || fail "the record of processing does not name '$w'"
done
for w in "Article 6(1)(e) GDPR" "Article 32 GDPR" "webhook" "SMTP relay" "processor"; do
	grep -qiF -- "$w" <<<"$en" || fail "the English privacy statement does not name '$w'"
done
