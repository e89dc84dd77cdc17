# An organiser saves the privacy statement's texts (POST
# /beheer/teksten/privacy, both languages, lines ending in CR LF as
# browsers send them): 303 to /beheer/teksten/privacy?klaar=info.saved;
# one new revision for the Dutch text that changed (the organiser, now,
# the text with LF line ends), none for the unchanged English one, and an
# audit row info.saved naming it. /privacy shows the new text at once,
# the editing form holds it and lists the revision with its author.
info_keep
sign_in_as o organiser
me=$(sql "SELECT id FROM users WHERE email = '$(demo_email organiser)'")
en=$(info_text privacy en)
last=$(sql "SELECT MAX(id) FROM info_revisions")
audit=$(sql "SELECT IFNULL(MAX(id), 0) FROM audit_log")
word=$(unique Bewaartermijn)
# (no line end after the last line: $(...) would cut its LF and leave a
# bare CR, which a browser never sends and the form refuses)
info_save o privacy "$(printf '## %s\r\n\r\nWij bewaren *niets* langer dan nodig.' "$word")" "$en"
assert_status 303
assert_header Location "/beheer/teksten/privacy?klaar=info.saved"
assert_eq "$(sql "SELECT COUNT(*) FROM info_revisions WHERE id > $last")" 1 "new revisions"
assert_eq "$(sql "SELECT CONCAT_WS(' ', page, lang, user_id, restored_from IS NULL,
	created_at > UTC_TIMESTAMP() - INTERVAL 1 MINUTE, created_at <= UTC_TIMESTAMP())
	FROM info_revisions WHERE id > $last")" "privacy nl $me 1 1 1" "the new revision"
assert_eq "$(info_text privacy nl)" "$(printf '## %s\n\nWij bewaren *niets* langer dan nodig.' "$word")" "the stored text"
rev=$(sql "SELECT MAX(id) FROM info_revisions")
assert_eq "$(sql "SELECT CONCAT_WS(' ', actor_user_id, action, subject_type, subject_id, detail)
	FROM audit_log WHERE id > $audit")" "$me info.saved info_revision $rev privacy nl" "the audit row"

http GET "/privacy?lang=nl&format=xml"
assert_xpath "/page/info/@id" "$rev"
assert_xpath "/page/info/content/heading[@level = '2']" "$word"
assert_xpath "/page/info/content/para/em" niets
http GET /privacy?lang=en
assert_html_page 200
assert_body_lacks "$word"

http_as o GET "/beheer/teksten/privacy?klaar=info.saved&format=xml"
assert_status 200
assert_xpath "/page/notice/@key" info.saved
assert_xpath "/page/form[@name = 'text']/field[@name = 'tekst_nl']/@value" "$(printf '## %s\n\nWij bewaren *niets* langer dan nodig.' "$word")"
assert_xpath "/page/revisions/revision[1]/@id" "$rev"
assert_xpath "/page/revisions/revision[1]/@author" "$(sql "SELECT name FROM users WHERE id = $me")"
http_as o GET "/beheer/teksten/privacy?klaar=info.saved"
assert_html_page 200
assert_message info.saved
