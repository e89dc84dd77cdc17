# /over, /contact, /privacy, /toegankelijkheid and /help answer everyone
# with 200 in Dutch and in English: the page named "info" with its page,
# the shipped text as markup elements (a heading, a paragraph, a link to
# another page of the site) in
# the page's language, and the title of the catalogue as h1.
for p in over contact privacy toegankelijkheid help; do
	for l in nl en; do
		http GET "/$p?lang=$l&format=xml"
		assert_status 200
		assert_xpath "/page/@name" info
		assert_xpath "/page/info/@page" "$p"
		assert_xpath "/page/info/@lang" "$l"
		assert_xpath "/page/info/content/@lang" "$l"
		assert_xpath "count(/page/info/content/heading) > 0" true
		assert_xpath "count(/page/info/content/para) > 0" true
		assert_xpath "count(/page/info/content//link[starts-with(@href, '/')]) > 0" true
		http GET "/$p?lang=$l"
		assert_html_page 200
		case $l in nl) m=messages-nl.xml ;; en) m=messages-en.xml ;; esac
		title=$(python3 -m cimolt_test message "$STACK_ROOT/xslt/$m" "info.$p.title")
		assert_body_has "<h1>$title</h1>"
	done
done
