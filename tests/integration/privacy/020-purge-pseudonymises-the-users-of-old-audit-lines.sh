# Audit lines older than [retention] audit_years (2) keep what happened,
# but after cimolt-admin purge who did it and to which user only as a
# pseudonym: the same user gets the same 16 hex digits in both roles, an
# address in the detail becomes one too, and the ids are gone. A line of
# a year ago and lines naming no user stay as they were.
u=$(sql "SELECT id FROM users WHERE email = '$(demo_email member)'")
o=$(sql "SELECT id FROM users WHERE email = '$(demo_email organiser)'")
first=$(sql "SELECT IFNULL(MAX(id), 0) + 1 FROM audit_log")
on_exit "sql \"DELETE FROM audit_log WHERE id >= $first\""
sql "INSERT INTO audit_log (at, actor_user_id, action, subject_type, subject_id, detail) VALUES
	(UTC_TIMESTAMP() - INTERVAL 3 YEAR, $o, 'user.disabled', 'user', $u, 'by administrator'),
	(UTC_TIMESTAMP() - INTERVAL 3 YEAR, $u, 'user.profile', 'user', $u, 'oud.adres@gemeente.example'),
	(UTC_TIMESTAMP() - INTERVAL 3 YEAR, NULL, 'event.changed', 'event', 7, 'open'),
	(UTC_TIMESTAMP() - INTERVAL 1 YEAR, $u, 'user.profile', 'user', $u, 'nl')"
dry=$(purge_counts --dry-run)
[ "$(purge_count "$dry" audit)" -ge 2 ] || fail "a dry run counts $(purge_count "$dry" audit) audit lines"
assert_eq "$(sql "SELECT COUNT(*) FROM audit_log WHERE id >= $first AND pseudonymised_at IS NOT NULL")" 0 "lines a dry run changed"
done=$(purge_counts)
assert_eq "$(purge_count "$done" audit)" "$(purge_count "$dry" audit)" "lines pseudonymised against the dry run"
row() { sql "SELECT CONCAT_WS(' ', IFNULL(actor_user_id, '-'), IFNULL(actor_pseudonym, '-'), subject_id,
	IFNULL(subject_pseudonym, '-'), detail, pseudonymised_at IS NOT NULL) FROM audit_log WHERE id = $1"; }
read -r a1 pa1 s1 ps1 _ <<<"$(row "$first")"
read -r a2 pa2 s2 ps2 d2 <<<"$(row $((first + 1)))"
assert_eq "$a1 $s1 $a2 $s2" "- 0 - 0" "the user ids left in the old lines"
[[ $pa1 =~ ^[0-9a-f]{16}$ && $ps1 =~ ^[0-9a-f]{16}$ ]] || fail "pseudonyms '$pa1' '$ps1'"
assert_eq "$pa2 $ps2" "$ps1 $ps1" "the member's pseudonym, as actor and as subject"
[ "$pa1" != "$ps1" ] || fail "the organiser and the member have the same pseudonym"
[[ $d2 =~ ^pseudonym\ [0-9a-f]{16}\ 1$ ]] || fail "the detail with an address became '$d2'"
assert_eq "$(row $((first + 2)))" "- - 7 - open 0" "an old line naming no user"
assert_eq "$(row $((first + 3)))" "$u - $u - nl 0" "a line of a year ago"
admin=$(demo_email admin)
sign_in_as a admin
http_as a GET "/beheer/audit?format=xml"
assert_status 200
assert_xpath "count(/page/entries/entry[@actor = '#$pa1'])" 1
