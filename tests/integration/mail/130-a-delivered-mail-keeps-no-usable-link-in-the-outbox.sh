# Once a mail is delivered, its outbox row keeps no usable copy of the
# mailed link (the database has only the token's hash otherwise): the
# invitation and the reset mail reach the receivers with the working
# link, and their rows then say /uitnodiging/REDACTED and
# /wachtwoord/REDACTED, with the token nowhere in the outbox.
on_exit forget_failures
email=$(unique redact)@ede.example
invite "$email" "Rik Redactie"
mail_link "$UUID" uitnodiging
invitation=$UUID token=${LINK##*/}
ask_reset a "$email"
reset=$UUID
mail_link "$reset" wachtwoord
reset_token=${LINK##*/}

for t in "$token" "$reset_token"; do
	assert_eq "$(sql "SELECT COUNT(*) FROM outbox WHERE body LIKE '%$t%'")" 0 "outbox rows holding a delivered token"
done
assert_eq "$(sql "SELECT JSON_VALUE(body, '$.mail.text') LIKE '%/uitnodiging/REDACTED%' FROM outbox WHERE uuid = '$invitation'")" 1 \
	"the invitation's text says /uitnodiging/REDACTED"
assert_eq "$(sql "SELECT JSON_VALUE(body, '$.mail.text') LIKE '%/wachtwoord/REDACTED%' FROM outbox WHERE uuid = '$reset'")" 1 \
	"the reset mail's text says /wachtwoord/REDACTED"
smtp=$(smtp_files "$reset")
[ -n "$smtp" ] && grep -qF "/wachtwoord/$reset_token" "${smtp%.json}.eml" ||
	fail "the SMTP message of the reset mail lacks its link"
http GET "/wachtwoord/$reset_token?format=xml"
assert_status 200
