# An organiser sees every advice request on /beheer/advies (newest first,
# with its municipality, requester and a status form, and the counts per
# status) and sets its status (POST /beheer/advies/{id}, status=
# in_progress, done, new): 303 to /beheer/advies?klaar=advice.status-saved,
# the row updated (status, updated_at now, updated_by the organiser) and an
# audit row naming the organiser and the request. A bad status is refused
# (4xx) and changes nothing; an unknown id is 404.
sign_in_as m member
advice_request m inkoopbeleid email "" "Vraag voor de organisatoren over de status"
rq=$REQUEST
sign_in_as o organiser
org=$(sql "SELECT id FROM users WHERE email = '$(demo_email organiser)'")

bench_page o /beheer/advies
assert_xpath /page/@name advice-admin
assert_xpath "/page/requests/request[1]/@id" "$(sql "SELECT id FROM advice_requests ORDER BY created_at DESC, id DESC LIMIT 1")"
s="/page/requests/request[@id='$rq']"
for a in organisation:Ede "requester:Lotte Lid" "email:$(demo_email member)" topic:inkoopbeleid contact:email status:new; do
	assert_xpath "$s/@${a%%:*}" "${a#*:}"
done
assert_xpath "$s/form[@name='advice-status']/@action" "/beheer/advies/$rq"
assert_xpath "$s/form/field[@name='status']/@value" new
for st in new in_progress done; do
	assert_xpath "/page/counts/@$st" "$(sql "SELECT COUNT(*) FROM advice_requests WHERE status = '$st'")"
done

audit=$(sql "SELECT IFNULL(MAX(id), 0) FROM audit_log")
for st in in_progress done new; do
	http_as o POST "/beheer/advies/$rq" --data-urlencode "csrf=$(csrf o)" --data "status=$st"
	assert_status 303
	assert_header Location "/beheer/advies?klaar=advice.status-saved"
	assert_eq "$(sql "SELECT status, updated_by, updated_at > UTC_TIMESTAMP() - INTERVAL 1 MINUTE,
		updated_at <= UTC_TIMESTAMP() FROM advice_requests WHERE id = $rq" | tr '\t' ' ')" \
		"$st $org 1 1" "the request after status=$st"
	assert_eq "$(sql "SELECT COUNT(*), MIN(actor_user_id), MIN(subject_id) FROM audit_log WHERE id > $audit" | tr '\t' ' ')" \
		"1 $org $rq" "the new audit row (count, actor, subject) after status=$st"
	echo "# audit: $(sql "SELECT CONCAT(action, ' ', subject_type, ' ', detail) FROM audit_log WHERE id > $audit")"
	audit=$(sql "SELECT MAX(id) FROM audit_log")
done
http_as o GET "/beheer/advies?klaar=advice.status-saved"
assert_html_page 200
assert_message advice.status-saved

sql "UPDATE advice_requests SET status = 'in_progress' WHERE id = $rq"
row() { sql "SELECT status, IFNULL(updated_at, 'NULL'), IFNULL(updated_by, 'NULL') FROM advice_requests WHERE id = $rq"; }
was=$(row)
for v in klaar "" DONE "done; DROP TABLE x"; do
	http_as o POST "/beheer/advies/$rq" --data-urlencode "csrf=$(csrf o)" --data-urlencode "status=$v"
	case $STATUS in 400 | 422) assert_html_page "$STATUS" ;; *) fail "$REQ status=$v: $STATUS, expected 400 or 422" ;; esac
	assert_eq "$(row)" "$was" "the request after status=$v"
done
http_as o POST "/beheer/advies/$rq" --data status=done
assert_html_page 403
assert_eq "$(row)" "$was" "the request after a POST without a csrf token"
http_as o POST /beheer/advies/999999999 --data-urlencode "csrf=$(csrf o)" --data status=done
assert_html_page 404
assert_eq "$(sql "SELECT COUNT(*) FROM audit_log WHERE id > $audit")" 0 "audit rows for refused changes"
