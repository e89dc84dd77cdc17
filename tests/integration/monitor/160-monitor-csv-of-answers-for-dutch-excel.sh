# The CSV of a round's answers (GET /monitor/{year}/antwoorden.csv) opens
# in Dutch Excel: text/csv; charset=utf-8 as an attachment named
# monitor-YEAR.csv, the UTF-8 byte order mark first, ';' between fields,
# CRLF after every row; a header row, then one row per question of the
# round's questionnaire in its order: section, question, its Dutch text,
# the answer (empty when none), "ja" in "weet niet" for don't know. For a
# submitted round (Ede's 2025), an empty row and one row per stored score
# follow (score;scope;key;value with a decimal comma;answered/total); a
# draft has none. A text (question or answer) with ';', ',' or '"' is
# quoted, an answer that a spreadsheet could take for a formula (=, +, -,
# @ first, after any white space) is defused with a leading '.
sign_in_as c coordinator
r25=$(round_of GM0228 2025)

# check_csv YEAR ROUND: the last response is the CSV of ROUND.
check_csv() {
	assert_status 200
	assert_header Content-Type "text/csv; charset=utf-8"
	assert_header Content-Disposition "attachment; filename=\"monitor-$1.csv\""
	assert_security_headers
	stack_sql -N -B --raw "$STACK_DB_NAME" -e "SELECT q.xml FROM questionnaires q
		JOIN rounds r ON r.questionnaire_id = q.id WHERE r.id = $2" >"$TEST_TMP/qn.xml"
	sql "SELECT question_id, HEX(IFNULL(value, '')), dont_know FROM answers WHERE round_id = $2" >"$TEST_TMP/answers"
	sql "SELECT scope, scope_key, IFNULL(score, 'NULL'), answered, total FROM scores WHERE round_id = $2
		AND (SELECT status FROM rounds WHERE id = $2) = 'submitted' ORDER BY scope, scope_key" >"$TEST_TMP/scores"
	python3 - "$TEST_TMP/body" "$TEST_TMP/qn.xml" "$TEST_TMP/answers" "$TEST_TMP/scores" <<-'PY' || fail "$REQ: the CSV"
		import csv, io, re, sys
		from cimolt_test import Problems, Q, question_nl, read_bytes, tsv, xml_root
		body, qn, ans, sc = sys.argv[1:]
		raw = read_bytes(body)
		bad = Problems()
		if not raw.startswith(b"\xef\xbb\xbf"):
		    bad.add("does not start with the UTF-8 BOM: %r" % raw[:8])
		text = raw[3:].decode("utf-8")
		if not text.endswith("\r\n") or "\n" in text.replace("\r\n", ""):
		    bad.add("a row does not end with CRLF")
		def defused(s):
		    t = s.lstrip(" \t\r\n")
		    formula = s[:1] in ("\t", "\r") or (t[:1] in ("=", "+", "-", "@") and
		        not re.fullmatch(r"-?[0-9]+([.,][0-9]+)?", t))
		    return "'" + s if formula else s
		answers = {}
		for q, hexv, dk in tsv(ans):
		    answers[q] = (bytes.fromhex(hexv).decode("utf-8"), dk == "1")
		want = [["sectie", "vraag", "tekst", "antwoord", "weet niet"]]
		for sec in xml_root(qn).iter(Q + "section"):
		    for q in sec.findall(Q + "question"):
		        v, dk = answers.get(q.get("id"), ("", False))
		        want.append([sec.get("id"), q.get("id"), question_nl(q), defused(v), "ja" if dk else ""])
		scores = tsv(sc)
		if scores:
		    want.append([])
		    for scope, key, score, n, total in scores:
		        v = "" if score == "NULL" else ("%.1f" % float(score)).replace(".", ",")
		        want.append(["score", scope, key, v, "%s/%s" % (n, total)])
		got = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
		if got != want:
		    for i, (g, w) in enumerate(zip(got, want)):
		        if g != w:
		            bad.add("row %d: %r, expected %r" % (i + 1, g, w))
		            break
		    if len(got) != len(want):
		        bad.add("%d rows, expected %d" % (len(got), len(want)))
		bad.exit()
	PY
}

# The submitted 2025 round: answers and scores.
http_as c GET /monitor/2025/antwoorden.csv
check_csv 2025 "$r25"
python3 - "$TEST_TMP/body" <<-'PY' || fail "$REQ: rows"
	import sys
	rows = open(sys.argv[1], "rb").read().decode("utf-8-sig").split("\r\n")
	assert rows[0] == "sectie;vraag;tekst;antwoord;weet niet", rows[0]
	assert len(rows) == 1 + 64 + 1 + 20 + 1, len(rows)   # the last after the final CRLF
	assert rows[65] == "" and rows[66].startswith("score;overall;;"), rows[65:67]
PY

# A draft with awkward texts: no score rows.
fresh_round GM0228 2026
monitor_save c 2026 s-beleid s-beleid-1=2 s-beleid-2=? 's-beleid-4=Nota "Circulair Ede"; vastgesteld 2025'
monitor_save c 2026 s-samen 's-samen-5==HYPERLINK("http://evil.example/x")'
http_as c GET /monitor/2026/antwoorden.csv
check_csv 2026 "$(round_of GM0228 2026)"
# field TEXT: TEXT as a CSV field: quoted (quotes doubled) when it holds
# a separator of either locale, a quote or a line break.
field() {
	case $1 in
	*[\;,\"]* | *$'\r'* | *$'\n'*) local q=${1//\"/\"\"}; printf '"%s"' "$q" ;;
	*) printf '%s' "$1" ;;
	esac
}
grep -qxF "s-beleid;s-beleid-2;$(field "$(question_text s-beleid-2)");;ja"$'\r' "$TEST_TMP/body" ||
	fail "$REQ: no row s-beleid;s-beleid-2;TEXT;;ja"
grep -qxF "s-beleid;s-beleid-4;$(field "$(question_text s-beleid-4)");\"Nota \"\"Circulair Ede\"\"; vastgesteld 2025\";"$'\r' "$TEST_TMP/body" ||
	fail "$REQ: no row for s-beleid-4 with its answer quoted"
grep -qxF "s-samen;s-samen-5;$(field "$(question_text s-samen-5)");\"'=HYPERLINK(\"\"http://evil.example/x\"\")\";"$'\r' "$TEST_TMP/body" ||
	fail "$REQ: no row for s-samen-5 with its answer defused and quoted"
assert_eq "$(tail -c 2 "$TEST_TMP/body" | od -An -tx1 | tr -d ' ')" 0d0a "the last bytes"
