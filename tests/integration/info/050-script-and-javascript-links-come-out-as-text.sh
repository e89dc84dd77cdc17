# A <script> element, an HTML link and a javascript: link typed into the
# editor are stored as typed and shown as text: the page has no script
# element, no javascript: address and no link but the safe one typed, and
# the script's characters appear escaped.
info_keep
sign_in_as o organiser
text='<script>alert(1)</script> [klik](javascript:alert(1)) <a href="javascript:alert(2)">a</a> [goed](/contact)'
info_save o privacy "$text" "$(info_text privacy en)"
assert_status 303
assert_eq "$(info_text privacy nl)" "$text" "the stored text"
http GET "/privacy?lang=nl&format=xml"
assert_xpath "count(/page/info/content//link)" 1
assert_xpath "/page/info/content//link/@href" /contact
http GET "/privacy?lang=nl"
assert_html_page 200
assert_body_lacks "<script"
! grep -qiE '<a [^>]*href="javascript:' "$TEST_TMP/body" || fail "a javascript: link on the page"
assert_body_has '&lt;script&gt;alert(1)&lt;/script&gt; [klik](javascript:alert(1)) &lt;a href="javascript:alert(2)"&gt;a&lt;/a&gt; <a class="utrecht-link" href="/contact">goed</a>'
