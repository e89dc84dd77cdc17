# An edited questionnaire is imported as a new version of its year; a
# round started on version 1 keeps questionnaire_id of version 1 (its
# pages show version 1's wording, and it can still be saved), while a
# round started afterwards gets version 2, whether a municipality starts
# it in the form or cimolt-admin monitor generate makes it. The year 2031
# is this test's.
own_year 2031
v1=$(qn_copy 2031 1)
out=$(admin_cli questionnaire import "$v1" 2>&1) || fail "cannot import $v1: $out"
id1=$(sql "SELECT id FROM questionnaires WHERE year = 2031 AND version = 1")

# Ede starts 2031 on version 1.
sign_in_as c coordinator
monitor_save c 2031 s-beleid s-beleid-1=2 s-beleid-2=ja
ede=$(round_of GM0228 2031)
[ -n "$ede" ] || fail "no 2031 round of Ede after a save"
assert_eq "$(sql "SELECT questionnaire_id FROM rounds WHERE id = $ede")" "$id1" "questionnaire_id of Ede's round"

# Version 2: the first question reworded.
v2=$(qn_copy 2031 2 's|<text xml:lang="nl">In hoeverre staat een circulaire ambitie|<text xml:lang="nl">Versie 2: in hoeverre staat een circulaire ambitie|')
grep -q 'Versie 2: in hoeverre' "$v2" || fail "the version 2 copy lacks its new wording"
out=$(admin_cli questionnaire import "$v2" 2>&1) rc=$?
id2=$(sql "SELECT id FROM questionnaires WHERE year = 2031 AND version = 2")
assert_eq "$rc: $out" "0: questionnaire 2031 version 2 imported (id $id2): 11 sections, 64 questions" \
	"importing version 2"
assert_eq "$(sql "SELECT id, version FROM questionnaires WHERE year = 2031 ORDER BY version" | tr '\t\n' ' ')" \
	"$id1 1 $id2 2 " "the questionnaires of 2031 (id version)"

text1='In hoeverre staat een circulaire ambitie in het algemene beleid van de gemeente?'
text2='Versie 2: in hoeverre staat een circulaire ambitie in het algemene beleid van de gemeente?'
q1="//*[local-name()='question'][@id='s-beleid-1']/*[local-name()='text'][@xml:lang='nl']"

# Ede's round stays on version 1: in the table, on its pages, after a save.
assert_eq "$(sql "SELECT questionnaire_id FROM rounds WHERE id = $ede")" "$id1" \
	"questionnaire_id of Ede's round after version 2 was imported"
http_as c GET "/monitor/2031?format=xml"
assert_status 200
assert_xpath "/page/round/@questionnaire-version" 1
http_as c GET "/monitor?format=xml"
assert_xpath "/page/rounds/round[@year='2031']/@questionnaire-version" 1
monitor_save c 2031 s-beleid s-beleid-1=3
http_as c GET "/monitor/2031/s-beleid?format=xml"
assert_xpath "/page/round/@questionnaire-version" 1
assert_xpath "$q1" "$text1"
assert_eq "$(sql "SELECT questionnaire_id FROM rounds WHERE id = $ede")" "$id1" \
	"questionnaire_id of Ede's round after saving again"
assert_eq "$(answers "$ede" | tr '\t' ' ')" "s-beleid-1 3 0 0
s-beleid-2 ja 0 0" "Ede's answers"

# A round started now gets version 2: Arnhem's, by a member's first save...
arnhem=$(unique arnhem)@arnhem.example
new_user "$arnhem" "Anna Arnhem" GM0202 member "$STACK_DEMO_PASSWORD"
sign_in a "$arnhem" "$STACK_DEMO_PASSWORD"
assert_status 303
http_as a GET "/monitor/2031?format=xml"
assert_xpath "/page/round/@status" none
assert_xpath "/page/round/@questionnaire-version" 2
monitor_save a 2031 s-beleid s-beleid-1=1
assert_eq "$(sql "SELECT questionnaire_id FROM rounds WHERE id = '$(round_of GM0202 2031)'")" "$id2" \
	"questionnaire_id of Arnhem's round"
http_as a GET "/monitor/2031/s-beleid?format=xml"
assert_xpath "/page/round/@questionnaire-version" 2
assert_xpath "$q1" "$text2"

# ... and Nijmegen's, made by cimolt-admin monitor generate.
out=$(admin_cli monitor generate --year 2031 --orgs GM0268 2>&1) rc=$?
assert_eq "$rc: $out" "0: 1 rounds of 2031 made and submitted, 0 existed" "monitor generate --year 2031 --orgs GM0268"
assert_eq "$(sql "SELECT questionnaire_id FROM rounds WHERE id = '$(round_of GM0268 2031)'")" "$id2" \
	"questionnaire_id of Nijmegen's generated round"
assert_eq "$(sql "SELECT questionnaire_id FROM rounds WHERE id = $ede")" "$id1" \
	"questionnaire_id of Ede's round at the end"
