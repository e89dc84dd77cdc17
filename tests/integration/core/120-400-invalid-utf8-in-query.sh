# A query parameter that decodes to invalid UTF-8 (%FF) gets the rendered
# 400 page; so does a path that does.
http GET "/?q=%FF"
assert_html_page 400
http GET "/?q=caf%C3%A9%FF"
assert_html_page 400
http GET "/%FF"
assert_html_page 400
# Valid UTF-8 in the same place is fine.
http GET "/?q=caf%C3%A9"
assert_html_page 200
