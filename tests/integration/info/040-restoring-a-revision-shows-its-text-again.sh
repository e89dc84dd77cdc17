# After a save, the organiser opens the previous revision of the Dutch
# privacy statement (/beheer/teksten/revisie/ID: its text as markup and as
# typed, and a restore form) and restores it (POST .../herstellen): 303 to
# /beheer/teksten/privacy?klaar=info.restored, a new revision with the old
# text that names the one it restored, and /privacy shows the old text
# again. The revision shown now has no restore form; restoring it again
# adds nothing.
info_keep
sign_in_as o organiser
me=$(sql "SELECT id FROM users WHERE email = '$(demo_email organiser)'")
old=$(sql "SELECT MAX(id) FROM info_revisions WHERE page = 'privacy' AND lang = 'nl'")
oldtext=$(info_text privacy nl)
info_save o privacy "Even een andere tekst." "$(info_text privacy en)"
assert_status 303
http GET "/privacy?lang=nl"
assert_body_has "Even een andere tekst."

http_as o GET "/beheer/teksten/revisie/$old?format=xml"
assert_status 200
assert_xpath "/page/@name" text-revision
assert_xpath "/page/revision/@id" "$old"
assert_xpath "/page/revision/@current" ""
assert_xpath "/page/revision/source" "$oldtext"
assert_xpath "/page/form[@name = 'restore']/@action" "/beheer/teksten/revisie/$old/herstellen"
http_as o GET "/beheer/teksten/revisie/$old"
assert_html_page 200

last=$(sql "SELECT MAX(id) FROM info_revisions")
send_form o "/beheer/teksten/revisie/$old/herstellen"
assert_status 303
assert_header Location "/beheer/teksten/privacy?klaar=info.restored"
assert_eq "$(sql "SELECT CONCAT_WS(' ', page, lang, user_id, restored_from) FROM info_revisions WHERE id > $last")" \
	"privacy nl $me $old" "the restoring revision"
assert_eq "$(info_text privacy nl)" "$oldtext" "the text shown after restoring"
http GET "/privacy?lang=nl"
assert_body_lacks "Even een andere tekst."

new=$(sql "SELECT MAX(id) FROM info_revisions")
http_as o GET "/beheer/teksten/revisie/$new?format=xml"
assert_xpath "/page/revision/@current" yes
assert_xpath "count(/page/form[@name = 'restore'])" 0
send_form o "/beheer/teksten/revisie/$new/herstellen"
assert_status 303
assert_eq "$(sql "SELECT MAX(id) FROM info_revisions")" "$new" "the newest revision after restoring the text shown"
