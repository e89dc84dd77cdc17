# The search of the list of messages takes a complete address or at most
# four words of at most 254 characters in all, and a page number of 1
# or more: anything else is the list again with status 422, the message
# by the search field (the value as typed, less the control characters
# XML cannot hold), and no messages.
sign_in_as org organiser
long=$(printf 'a%.0s' $(seq 255))
while IFS='|' read -r q page key; do
	args=(-G --data-urlencode format=xml)
	[ -n "$q" ] && args+=(--data-urlencode "q=$q")
	[ -n "$page" ] && args+=(--data-urlencode "pagina=$page")
	http_as org GET /beheer/berichten "${args[@]}"
	assert_status 422
	assert_xpath "/page/@name" deliveries
	assert_xpath "string(/page/form[@name='search']//error/@key)" "$key"
	assert_xpath "count(/page/deliveries/message)" 0
done <<EOT
jan@|1|deliveries.search.address
jan@ede|1|deliveries.search.address
a@b.nl c@d.nl||deliveries.search.address
een twee drie vier vijf||deliveries.search.words
$long||field.text.invalid
$(printf 'jan\001')||field.text.invalid
ok|0|field.number
ok|twee|field.number
ok|$(printf '1\001')|field.number
EOT
http_as org GET "/beheer/berichten?q=foo%40bar&lang=en"
assert_html_page 422
assert_body_has 'aria-invalid="true"'
assert_body_has 'Enter a complete e-mail address'
http_as org GET "/beheer/berichten?format=xml" -G --data-urlencode "q=een twee drie vier"
assert_status 200
