# Bad answers in a section form are refused with 422: the form comes back
# with each error next to its question (in the page document
# <error question key arg arg2/>, in the HTML in q-ID-error, which the
# question's control names in aria-describedby) and every typed value
# kept; nothing is stored (no round is made, no answer, no section
# version). Checked: a number above its bounds, circular contract value
# above the total, tenders with circular criteria above all tenders, a
# number that is not a whole number, a percentage above 100 and one that
# is not a number, a choice, a maturity level and a yes/no that are not
# among the options. The questionnaire is a copy for 2032 (this test's
# year) with a percentage question added to the GWW section, as the
# shipped one has none.
own_year 2032
pct='<question id="o-gww-aandeel" type="percentage" weight="1"><text xml:lang="nl">Welk deel van de GWW-contracten heeft een materialenpaspoort?</text><text xml:lang="en">What share of the civil works contracts has a materials passport?</text></question>'
file=$(qn_copy 2032 1 "/<question id=\"o-gww-voorbeeld\"/i $pct")
out=$(admin_cli questionnaire import "$file" 2>&1) || fail "cannot import $file: $out"
sign_in_as c coordinator
monitor_tables >"$TEST_TMP/before"
t_tenders=$(question_text o-gww-tenders)
t_aandeel='Welk deel van de GWW-contracten heeft een materialenpaspoort?'
t_spend=$(question_text o-gww-spend)

# Out of bounds, circular value above the total, a bad percentage.
monitor_form c 2032 o-gww
http_as c POST /monitor/2032/o-gww?format=xml --data-urlencode "csrf=$(csrf c)" --data-urlencode versie=0 \
	--data-urlencode o-gww-tenders=10001 --data-urlencode o-gww-tenders-circ=5 \
	--data-urlencode o-gww-spend=1.000 --data-urlencode o-gww-spend-circ=2.000 \
	--data-urlencode o-gww-gunning=3 --data-urlencode o-gww-aandeel=101 \
	--data-urlencode o-gww-voorbeeld="Getypte toelichting"
assert_status 422
assert_eq "$(section_errors)" "o-gww-tenders monitor.range 0 10000
o-gww-spend-circ monitor.spend-above-total
o-gww-aandeel monitor.percentage" "the errors (question key args)"
assert_eq "$(section_answers)" "o-gww-tenders 10001
o-gww-tenders-circ 5
o-gww-spend 1000
o-gww-spend-circ 2.000
o-gww-gunning 3
o-gww-materialen NULL
o-gww-natuur NULL
o-gww-aandeel 101
o-gww-voorbeeld Getypte toelichting" "the answers the form comes back with"
assert_monitor_unchanged "$TEST_TMP/before" "POST /monitor/2032/o-gww with bad answers"
# The same as HTML: each message by its question.
monitor_send c 2032 o-gww o-gww-tenders=10001 o-gww-tenders-circ=5 o-gww-spend=1.000 \
	o-gww-spend-circ=2.000 o-gww-gunning=3 o-gww-aandeel=101 o-gww-voorbeeld="Getypte toelichting"
assert_html_page 422
assert_question_error o-gww-tenders "$(message monitor.range "$t_tenders" 0 10.000)"
assert_question_error o-gww-spend-circ "$(message monitor.spend-above-total)"
assert_question_error o-gww-aandeel "$(message monitor.percentage "$t_aandeel")"
assert_body_has 'Getypte toelichting</textarea>'
assert_monitor_unchanged "$TEST_TMP/before" "POST /monitor/2032/o-gww with bad answers (HTML)"

# More circular tenders than tenders; a decimal comma in a whole number;
# a percentage that is not a number.
monitor_send c 2032 o-gww o-gww-tenders=5 o-gww-tenders-circ=6 o-gww-spend=12,5 o-gww-spend-circ= \
	o-gww-aandeel=veel
assert_html_page 422
assert_question_error o-gww-tenders-circ "$(message monitor.tenders-above-total)"
assert_question_error o-gww-spend "$(message monitor.number "$t_spend")"
assert_question_error o-gww-aandeel "$(message monitor.percentage "$t_aandeel")"
http_as c POST /monitor/2032/o-gww?format=xml --data-urlencode "csrf=$(csrf c)" --data-urlencode versie=0 \
	--data-urlencode o-gww-tenders=5 --data-urlencode o-gww-tenders-circ=6 \
	--data-urlencode o-gww-spend=12,5 --data-urlencode o-gww-aandeel=veel
assert_status 422
assert_eq "$(section_errors)" "o-gww-tenders-circ monitor.tenders-above-total
o-gww-spend monitor.number
o-gww-aandeel monitor.percentage" "the errors of the second try"
assert_eq "$(section_answers | grep -v ' NULL$')" "o-gww-tenders 5
o-gww-tenders-circ 6
o-gww-spend 12,5
o-gww-aandeel veel" "the answers given in the second try, as the form comes back"
assert_monitor_unchanged "$TEST_TMP/before" "the second try"

# Choices that are not among the options.
for q in s-inkoop-1 s-inkoop-2 s-inkoop-4; do t[${#t[@]}]=$(question_text $q); done
monitor_form c 2032 s-inkoop
monitor_send c 2032 s-inkoop s-inkoop-1=5 s-inkoop-2=onbekend s-inkoop-3=2 s-inkoop-4=misschien
assert_html_page 422
assert_question_error s-inkoop-1 "$(message field.choice "${t[0]}")"
assert_question_error s-inkoop-2 "$(message field.choice "${t[1]}")"
assert_question_error s-inkoop-4 "$(message field.choice "${t[2]}")"
http_as c POST /monitor/2032/s-inkoop?format=xml --data-urlencode "csrf=$(csrf c)" --data-urlencode versie=0 \
	--data-urlencode s-inkoop-1=5 --data-urlencode s-inkoop-2=onbekend --data-urlencode s-inkoop-3=2 \
	--data-urlencode s-inkoop-4=misschien
assert_status 422
assert_eq "$(section_errors)" "s-inkoop-1 field.choice
s-inkoop-2 field.choice
s-inkoop-4 field.choice" "the errors of the choices"
assert_eq "$(section_answers)" "s-inkoop-1 5
s-inkoop-2 onbekend
s-inkoop-3 2
s-inkoop-4 misschien" "the answers the choices' form comes back with"
assert_monitor_unchanged "$TEST_TMP/before" "the choices"
assert_eq "$(round_of GM0228 2032)" "" "Ede's 2032 round"
