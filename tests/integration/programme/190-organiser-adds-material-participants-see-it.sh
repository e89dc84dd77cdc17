# After an event, an organiser adds material (POST
# /beheer/programma/EV/materiaal with csrf: title, url, text): 303 back to
# the event's organiser page with the notice, and everyone sees it on the
# event's public page. A bad web address or a missing title gets the page
# again (422) with the error at the field and the typed values kept, and
# nothing stored.
new_event
sign_in_as org organiser
path=/beheer/programma/$EVENT/materiaal
for bad in "title=|url=https://example.org/slides.pdf|title field.required" \
	"title=Slides|url=javascript:alert(1)|url field.url"; do
	IFS='|' read -r title url want <<<"$bad"
	http_as org POST "$path" --data-urlencode "csrf=$(csrf org)" --data-urlencode "$title" \
		--data-urlencode "$url" --data-urlencode "body=Tekst" -H 'Accept: application/xml'
	assert_status 422
	assert_eq "$(form_errors material)" "$want" "$title $url: errors"
	assert_eq "$(field_value material url)" "${url#url=}" "$title $url: url kept"
	assert_eq "$(field_value material body)" Tekst "$title $url: text kept"
	assert_eq "$(sql "SELECT COUNT(*) FROM event_materials WHERE event_id = $EVENT")" 0 "materials after $title $url"
done

body=$'De presentaties van vandaag.\nMet dank aan alle sprekers.'
http_as org POST "$path" --data-urlencode "csrf=$(csrf org)" --data-urlencode "title=Presentaties <masterclass> & meer" \
	--data-urlencode "url=https://example.org/cimolt/slides-2027.pdf" --data-urlencode "body=$body"
assert_status 303
assert_eq "$(header Location)" "/beheer/programma/$EVENT?klaar=material.added" "Location"
assert_eq "$(sql "SELECT CONCAT(title, '|', url) FROM event_materials WHERE event_id = $EVENT")" \
	"Presentaties <masterclass> & meer|https://example.org/cimolt/slides-2027.pdf" "the stored material"

http GET "/programma/$EVENT?format=xml"
assert_status 200
assert_xpath "/page/materials/material/@title" "Presentaties <masterclass> & meer"
assert_xpath "/page/materials/material/@url" https://example.org/cimolt/slides-2027.pdf
assert_xpath "/page/materials/material" "$body"
http GET "/programma/$EVENT"
assert_html_page 200
assert_body_has "Presentaties &lt;masterclass&gt; &amp; meer"
assert_body_has 'href="https://example.org/cimolt/slides-2027.pdf"'
assert_body_lacks "<masterclass>"
