# A query parameter with an encoded NUL (%00) gets the rendered 400 page.
http GET "/?q=%00"
assert_html_page 400
http GET "/?q=a%00b"
assert_html_page 400
http GET "/?q=a%00b&format=xml"
assert_status 400
