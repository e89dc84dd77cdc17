# cimolt-admin questionnaire import refuses a questionnaire with an error,
# whatever kind: it prints each problem as FILE:LINE: what (on stderr),
# then "FILE: nothing imported", exits 1, and loads nothing (no
# questionnaires row, no audit row). The files are copies of the shipped
# questionnaire for 2031 (a year of this test) with one thing broken:
#   not well-formed  a closing tag that does not match (line 27)
#   schema           a section without its second title (line 491 gone,
#                    so the intro stands where the title should)
#   schema           a maturity question without any descriptor
#   maturity         a maturity question lacking one descriptor (level 2 nl)
#   duplicate id     s-inkoop-1 renamed to s-beleid-1 (line 99)
#   min above max    o-fm-tenders with min 20, max 10 (line 681)
own_year 2031
before=$(sql "SELECT COUNT(*) FROM questionnaires")
audit=$(sql "SELECT COUNT(*) FROM audit_log")

# refused NAME EXPECTED-PROBLEMS SED...: a copy named NAME.xml with the sed
# expressions applied is refused with exactly these problem lines.
refused() {
	local name=$1 want=$2 file
	shift 2
	file=$TEST_TMP/$name.xml
	mv "$(qn_copy 2031 1 "$@")" "$file"
	out=$(admin_cli questionnaire import "$file" 2>"$TEST_TMP/err") rc=$?
	assert_eq "$rc" 1 "exit status of importing $name.xml"
	assert_eq "$out" "" "what importing $name.xml wrote on stdout"
	assert_eq "$(cat "$TEST_TMP/err")" "$(sed "s|^|$file:|" <<<"$want")
$file: nothing imported" "what importing $name.xml wrote on stderr"
	assert_eq "$(sql "SELECT COUNT(*) FROM questionnaires")" "$before" "questionnaires rows after $name.xml"
	assert_eq "$(sql "SELECT COUNT(*) FROM questionnaires WHERE year = 2031")" 0 "2031 rows after $name.xml"
	assert_eq "$(sql "SELECT COUNT(*) FROM audit_log")" "$audit" "audit rows after $name.xml"
}

# The lines the copies are made by must be what this test thinks they are.
f=$(qn_copy 2031)
assert_eq "$(sed -n '27p;491p;99p;681p' "$f" | sed 's/^ *//' | cut -c1-60)" \
'<title xml:lang="nl">Monitor circulair inkopen 2026</title>
<question id="s-inkoop-1" type="maturity" weight="2">
<title xml:lang="en">Ground, road and water works (civil wor
<question id="o-fm-tenders" type="number" unit="count" min="' "lines 27, 99, 491 and 681 of the shipped questionnaire"
assert_eq "$(sed -n '44p;49p;53p;58p;59p' "$f" | sed 's/^ *//' | cut -c1-50)" \
'<question id="s-beleid-1" type="maturity" weight="
<descriptor value="0" xml:lang="nl">Circulaire eco
<descriptor value="2" xml:lang="nl">Ons beleid noe
<descriptor value="4" xml:lang="en">Our circular a
</question>' "lines 44, 49, 53, 58 and 59 of the shipped questionnaire"

refused not-well-formed "27: Opening and ending tag mismatch: title line 27 and titel" \
	'27s|</title>|</titel>|'
refused missing-title "491: Did not expect element intro there" '491d'
refused no-descriptors "44: Expecting an element help, got nothing
47: Expecting element descriptor, got help
44: Expecting an element descriptor, got nothing
45: Element question failed to validate content" '49,58d'
refused missing-descriptor "44: question s-beleid-1: Dutch descriptor for level 2 missing" '53d'
refused duplicate-id "99: question id s-beleid-1 is used twice" '99s/id="s-inkoop-1"/id="s-beleid-1"/'
refused min-above-max "681: question o-fm-tenders: min is above max" '681s/min="0" max="10000"/min="20" max="10"/'
