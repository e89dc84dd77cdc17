# "Weet ik niet" is an answer of its own: "?" for a maturity, yes/no or
# choice question, the NAME-weetniet=ja checkbox for a number or a text
# are stored as dont_know = 1 with no value; the section counts them as
# answered, and the form shows them chosen again. A number typed with its
# box ticked is neither: 422 with the message by the question, typed
# values kept, nothing stored.
fresh_round GM0228 2026
sign_in_as c coordinator
monitor_save c 2026 s-beleid s-beleid-1=? s-beleid-2=? s-beleid-3=2 s-beleid-4-weetniet=ja
monitor_save c 2026 s-inkoop s-inkoop-2=?
rd=$(round_of GM0228 2026)

# A number and its box both.
monitor_tables >"$TEST_TMP/before"
monitor_form c 2026 o-gww
monitor_send c 2026 o-gww o-gww-tenders-weetniet=ja o-gww-spend=5000 o-gww-spend-weetniet=ja o-gww-gunning=1
assert_html_page 422
assert_question_error o-gww-spend "$(message monitor.value-and-dont-know "$(question_text o-gww-spend)")"
monitor_send c 2026 o-gww o-gww-tenders-weetniet=ja o-gww-spend=5000 o-gww-spend-weetniet=ja o-gww-gunning=1 \
	-- -H "Accept: application/xml"
assert_status 422
assert_eq "$(section_errors)" "o-gww-spend monitor.value-and-dont-know" "the errors"
assert_eq "$(section_answers | grep -v ' NULL$')" "o-gww-tenders NULL dont-know
o-gww-spend 5000 dont-know
o-gww-gunning 1" "the answers the form comes back with"
assert_monitor_unchanged "$TEST_TMP/before" "a number with its 'weet ik niet' box ticked"

monitor_send c 2026 o-gww o-gww-tenders-weetniet=ja o-gww-spend= o-gww-spend-weetniet=ja o-gww-gunning=1
assert_status 303
assert_eq "$(answers "$rd" | tr '\t' ' ')" "o-gww-gunning 1 0 0
o-gww-spend NULL 1 0
o-gww-tenders NULL 1 0
s-beleid-1 NULL 1 0
s-beleid-2 NULL 1 0
s-beleid-3 2 0 0
s-beleid-4 NULL 1 0
s-inkoop-2 NULL 1 0" "answers (question value dont_know prefilled)"

http_as c GET "/monitor/2026/s-beleid?format=xml"
assert_status 200
assert_xpath "/page/round/section[@id='s-beleid']/@answered" 4
assert_xpath "/page/round/section[@id='o-gww']/@answered" 3
assert_eq "$(section_answers)" "s-beleid-1 NULL dont-know
s-beleid-2 NULL dont-know
s-beleid-3 2
s-beleid-4 NULL dont-know" "the form's answers"

# The HTML form has "weet ik niet" chosen: the radio button with value ?,
# the checkbox of a number.
checked() {
	python3 - "$TEST_TMP/body" "$1" "$2" <<-'PY'
		import sys
		from html.parser import HTMLParser
		from cimolt_test import read
		path, name, value = sys.argv[1:4]
		class P(HTMLParser):
		    found = None
		    def handle_starttag(self, tag, attrs):
		        a = dict(attrs)
		        if tag == "input" and a.get("name") == name and a.get("value") == value:
		            P.found = "checked" in a
		P().feed(read(path))
		print({None: "no such input", True: "checked", False: "not checked"}[P.found])
	PY
}
http_as c GET /monitor/2026/s-beleid
assert_html_page 200
assert_eq "$(checked s-beleid-1 '?')" checked "s-beleid-1 ? (weet ik niet)"
assert_eq "$(checked s-beleid-1 2)" "not checked" "s-beleid-1 2"
assert_eq "$(checked s-beleid-2 '?')" checked "s-beleid-2 ? (weet ik niet)"
assert_eq "$(checked s-beleid-3 2)" checked "s-beleid-3 2"
assert_eq "$(checked s-beleid-4-weetniet ja)" checked "s-beleid-4-weetniet"
http_as c GET /monitor/2026/o-gww
assert_html_page 200
assert_eq "$(checked o-gww-tenders-weetniet ja)" checked "o-gww-tenders-weetniet"
assert_eq "$(checked o-gww-spend-weetniet ja)" checked "o-gww-spend-weetniet"
assert_eq "$(checked o-gww-tenders-circ-weetniet ja)" "not checked" "o-gww-tenders-circ-weetniet"
