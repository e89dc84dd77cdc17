# tests/integration/lib/benchmark.sh: the benchmark, the advice and the
# regional and organisers' overviews (loaded by tests/integration/run).
#
# Every test makes its own data in a year of its own (2040 on, one or a
# few years per test; the demo uses 2025 and 2026, the monitor tests 2031
# and 2032): a copy of the shipped questionnaire for that year, rounds made
# by cimolt-admin monitor generate, scores set by SQL where a test needs
# exact values, then the year's peer statistics computed again with
# cimolt-admin benchmark recompute. At the end the year's rounds,
# questionnaires and peer statistics are removed, so later tests and the
# demo see what was there before.

# The 20 scopes of a benchmark page, in the order of the page (CONTRACT6:
# overall, levels, themes, categories, shares with overall first): scope key.
BENCH_SCOPES="overall -
level strategisch
level operationeel
theme algemeen-beleid
theme inkoopbeleid
theme ambitie-aanpak
theme borging
theme communicatie
theme samenwerking
category gww
category bouw
category kantoor-fm
category mobiliteit
category energie
share overall
share gww
share bouw
share kantoor-fm
share mobiliteit
share energie"

# Municipalities outside Gelderland (the migrations seed Gelderland's
# only), which bench_test_orgs adds: CBS code, province, size class, name.
BENCH_ORGS="GM9901 PV26 >=100k Testgemeente Utrecht-Noord
GM9902 PV26 >=100k Testgemeente Utrecht-Zuid
GM9903 PV26 20k-50k Testgemeente Eemland
GM9904 PV31 <20k Testgemeente Heuvelland"

# bench_forget YEAR: remove the year's rounds (with their answers and
# scores, and so their peer positions), questionnaires and peer statistics.
bench_forget() {
	sql "DELETE FROM rounds WHERE year = $1; DELETE FROM questionnaires WHERE year = $1;
		DELETE FROM peer_groups WHERE year = $1"
}

# bench_year YEAR: YEAR is this test's: nothing of it exists now, a copy of
# the shipped questionnaire for it is imported, and everything of it is
# removed when the test ends.
bench_year() {
	local out
	bench_forget "$1" || fail "cannot clear the year $1"
	on_exit "bench_forget $1"
	out=$(admin_cli questionnaire import "$(qn_copy "$1")" 2>&1) ||
		fail "cannot import a $1 questionnaire: $out"
}

# bench_rounds YEAR CODE,CODE,...: submitted rounds for these
# municipalities (cimolt-admin monitor generate, which also computes the
# year's peer statistics).
bench_rounds() {
	local out
	out=$(admin_cli monitor generate --year "$1" --orgs "$2" 2>&1) ||
		fail "cimolt-admin monitor generate --year $1 --orgs $2: $out"
}

# bench_recompute YEAR: cimolt-admin benchmark recompute --year YEAR.
bench_recompute() {
	local out
	out=$(admin_cli benchmark recompute --year "$1" 2>&1) ||
		fail "cimolt-admin benchmark recompute --year $1: $out"
}

# bench_score YEAR CODE SCOPE KEY VALUE: set the stored score of the
# municipality's round of YEAR (VALUE NULL: no score). Recompute after.
bench_score() {
	local key=$4
	[ "$key" = - ] && key=
	sql "UPDATE scores s JOIN rounds r ON r.id = s.round_id JOIN organisations o
		ON o.id = r.organisation_id SET s.score = $5
		WHERE o.cbs_code = '$2' AND r.year = $1 AND s.scope = '$3' AND s.scope_key = '$key'" ||
		fail "cannot set the $3 $4 score of $2 in $1"
}

# bench_scores YEAR SCOPE KEY CODE=VALUE...: bench_score for several.
bench_scores() {
	local y=$1 scope=$2 key=$3 a
	shift 3
	for a in "$@"; do bench_score "$y" "${a%%=*}" "$scope" "$key" "${a#*=}"; done
}

# bench_test_orgs: add the municipalities of BENCH_ORGS (once; they stay,
# without rounds, for the next tests).
bench_test_orgs() {
	local code prov size name
	while read -r code prov size name; do
		sql "INSERT INTO organisations (kind, name, cbs_code, province_id, size_class)
			SELECT 'gemeente', '$name', '$code', id, '$size' FROM organisations WHERE cbs_code = '$prov'
			ON DUPLICATE KEY UPDATE name = VALUES(name), province_id = VALUES(province_id),
			size_class = VALUES(size_class)" || fail "cannot add the municipality $code"
	done <<<"$BENCH_ORGS"
}

# bench_user JAR CODE [ROLE]: a new account (default member) of the
# organisation with this CBS code, signed in as the visitor of JAR; its
# e-mail address in EMAIL_<JAR>.
bench_user() {
	local email
	email=$(unique "$1")@bench.example
	new_user "$email" "Bea Bench $1" "$2" "${3:-member}" "$STACK_DEMO_PASSWORD"
	sign_in "$1" "$email" "$STACK_DEMO_PASSWORD"
	assert_status 303
	printf -v "EMAIL_$1" '%s' "$email"
}

# bench_min_group N: make the stack's [benchmark] min_group N for this
# test (configuration reloaded with SIGHUP) and put it back at the end.
bench_min_group() {
	local master
	cp "$STACK_CONFIG" "$TEST_TMP/cimolt.ini.saved" || fail "cannot keep the configuration"
	on_exit "bench_config_restore"
	{ grep -v '^min_group' "$TEST_TMP/cimolt.ini.saved" | sed '/^\[benchmark\]$/d'
		printf '\n[benchmark]\nmin_group = %s\n' "$1"; } >"$STACK_CONFIG"
	bench_reload
}
bench_config_restore() {
	cp "$TEST_TMP/cimolt.ini.saved" "$STACK_CONFIG" && bench_reload
}
# bench_reload: SIGHUP to cimoltd, and wait until all of its children are new.
bench_reload() {
	local master before
	master=$(stack_pid cimoltd) || fail "cimoltd is not running"
	before=$(children "$master" | sort -n)
	kill -HUP "$master" || fail "cannot send SIGHUP"
	wait_for 10 eval '[ -z "$(comm -12 <(echo "$before") <(children "$master" | sort -n))" ] &&
		[ "$(children "$master" | wc -l)" -ge 2 ]' || fail "cimoltd did not reload"
	wait_for 5 eval '[ "$(curl -s -o /dev/null -w %{http_code} "$URL/")" = 200 ]' ||
		fail "cimoltd does not answer after the reload"
}

# bench_min: the [benchmark] min_group of the stack (5 unless set).
bench_min() {
	awk -F' *= *' '/^\[/ { s = $0 } s == "[benchmark]" && $1 == "min_group" { v = $2 }
		END { print v ? v + 0 : 5 }' "$STACK_CONFIG"
}

# bench_page JAR PATH: GET PATH as the visitor of JAR as XML (200).
bench_page() {
	case $2 in *\?*) http_as "$1" GET "$2&format=xml" ;; *) http_as "$1" GET "$2?format=xml" ;; esac
	assert_status 200
	assert_xml
}

# bench_scores_tsv YEAR FILE: every submitted round's scores of YEAR:
# cbs_code, province code, size class, show_name, scope, key, score (NULL)
# per line.
bench_scores_tsv() {
	sql "SELECT o.cbs_code, p.cbs_code, IFNULL(o.size_class, ''), o.show_name, s.scope, s.scope_key,
		IFNULL(s.score, 'NULL') FROM rounds r JOIN organisations o ON o.id = r.organisation_id
		LEFT JOIN organisations p ON p.id = o.province_id JOIN scores s ON s.round_id = r.id
		WHERE r.year = $1 AND r.status = 'submitted'" >"$2" || fail "cannot read the scores of $1"
}

# bench_check YEAR GROUP VIEWER: the benchmark document in the body
# (/benchmark/YEAR?groep=...&format=xml as a user of the municipality
# VIEWER, a CBS code) against a computation here from the scores table:
# GROUP all, province or size; participants, n, the own value, and the
# published figures (disclosure control): no minimum, maximum or
# percentile; the median's range from min_group anonymous values, the
# quartiles' from twice as many, each the mean of the three values
# nearest its position; hidden with the reason where too few anonymous
# values or an overlap with a larger group; the own position as a band.
# Prints one "# ..." line of figures.
bench_check() {
	bench_scores_tsv "$1" "$TEST_TMP/scores.tsv"
	python3 -m cimolt_test bench-check "$TEST_TMP/body" "$TEST_TMP/scores.tsv" "$1" "$2" "$3" "$(bench_min)" \
		"$BENCH_SCOPES" || fail "/benchmark/$1 ($2, seen from $3) differs from the computation"
}

# bench_numbers_absent FILE VALUE...: none of the values (scores, as the
# page would write them: one decimal, with . or ,) occurs in FILE.
bench_numbers_absent() {
	local f=$1 v
	shift
	for v in "$@"; do
		! grep -qE "(^|[^0-9])${v//./[.,]}([^0-9]|$)" "$f" ||
			fail "$REQ: the value $v occurs: $(grep -oE ".{0,60}(^|[^0-9])${v//./[.,]}([^0-9]|$).{0,20}" "$f" | head -n 2)"
	done
}

# bench_region_check YEAR PROVINCE: the regional document in the body
# (/regio/YEAR?format=xml) against a computation here, for the province
# with this CBS code ("" for the whole country): participation
# (municipalities, started, submitted), the statistics of every scope
# over the region's submitted rounds (no own value, no percentile), one
# <municipality> with its scores for each submitted municipality of the
# region that opted in (show_name) and no other, and <anonymous count>
# for the rest. Prints a "# ..." line.
bench_region_check() {
	local where="1 = 1"
	[ -n "$2" ] && where="p.cbs_code = '$2'"
	sql "SELECT o.id, o.name, IFNULL(o.size_class, ''), o.show_name, IFNULL(r.status, ''), IFNULL(s.scope, ''),
		IFNULL(s.scope_key, ''), IFNULL(s.score, 'NULL') FROM organisations o
		LEFT JOIN organisations p ON p.id = o.province_id
		LEFT JOIN rounds r ON r.organisation_id = o.id AND r.year = $1
		LEFT JOIN scores s ON s.round_id = r.id AND r.status = 'submitted'
		WHERE o.kind = 'gemeente' AND $where" >"$TEST_TMP/region.tsv" || fail "cannot read the region"
	bench_scores_tsv "$1" "$TEST_TMP/scores.tsv"
	python3 -m cimolt_test region-check "$TEST_TMP/body" "$TEST_TMP/region.tsv" "$1" "$(bench_min)" "$BENCH_SCOPES" \
		"$TEST_TMP/scores.tsv" "$2" ||
		fail "/regio/$1 differs from the computation"
}

# bench_show CODE 0|1: set the municipality's show_name for this test; it
# is put back when the test ends.
bench_show() {
	local was
	was=$(sql "SELECT show_name FROM organisations WHERE cbs_code = '$1'")
	[ -n "$was" ] || fail "no organisation $1"
	on_exit "sql \"UPDATE organisations SET show_name = $was WHERE cbs_code = '$1'\""
	sql "UPDATE organisations SET show_name = $2 WHERE cbs_code = '$1'"
}

# bench_names_absent FILE NAME...: the text of the HTML page (or XML) in
# FILE does not name any of these municipalities (as whole words).
bench_names_absent() {
	local f=$1 n
	shift
	python3 -m cimolt_test names-absent "$f" "$@" || fail "$REQ: names a municipality it must not"
}

# advice_file VERSION FILE RULE...: write an advice file (schema/advice.rng)
# of VERSION to FILE with these rules, each given as
# "ID TIER CONDITION", CONDITION the attributes of <when>, e.g.
# "low basis scope=theme key=borging below=25". The texts: "Advies ID" and
# "Advice ID".
advice_file() {
	local version=$1 out=$2 r id tier cond a
	shift 2
	{
		printf '<?xml version="1.0" encoding="UTF-8"?>\n'
		printf '<advice xmlns="urn:cimolt:advice" version="%s">\n' "$version"
		for r in "$@"; do
			read -r id tier cond <<<"$r"
			printf '  <rule id="%s" tier="%s">\n    <when' "$id" "$tier"
			for a in $cond; do printf ' %s="%s"' "${a%%=*}" "${a#*=}"; done
			printf '/>\n    <text xml:lang="nl">Advies %s</text>\n' "$id"
			printf '    <text xml:lang="en">Advice %s</text>\n  </rule>\n' "$id"
		done
		printf '</advice>\n'
	} >"$out"
}

# advice_forget VERSION: remove the imported advice set of VERSION.
advice_forget() { sql "DELETE FROM advice_sets WHERE version = $1"; }

# advice_import VERSION FILE: import the file (which must succeed); its set
# is removed when the test ends, so that the version before applies again.
advice_import() {
	local out
	advice_forget "$1" || fail "cannot clear advice version $1"
	on_exit "advice_forget $1"
	out=$(admin_cli advice import "$2" 2>&1) || fail "cimolt-admin advice import $2: $out"
}

# advice_items: the advice items of the page in the body, one line each in
# page order: rule tier scope key score gap (score "-" when absent).
advice_items() {
	python3 -m cimolt_test advice-items "$TEST_TMP/body"
}

# advice_rules: advice_items, the rule ids only, on one line.
advice_rules() { advice_items | awk '{ printf "%s%s", (NR > 1 ? " " : ""), $1 }'; }

# bench_answer YEAR CODE QUESTION VALUE|?: set an answer of the
# municipality's round of YEAR (? for "weet ik niet", - for none).
bench_answer() {
	local rd
	rd=$(round_of "$2" "$1")
	[ -n "$rd" ] || fail "$2 has no round of $1"
	case $4 in
	-) sql "DELETE FROM answers WHERE round_id = $rd AND question_id = '$3'" ;;
	\?) sql "INSERT INTO answers (round_id, question_id, value, dont_know, updated_at)
		VALUES ($rd, '$3', NULL, 1, UTC_TIMESTAMP())
		ON DUPLICATE KEY UPDATE value = NULL, dont_know = 1" ;;
	*) sql "INSERT INTO answers (round_id, question_id, value, dont_know, updated_at)
		VALUES ($rd, '$3', '$4', 0, UTC_TIMESTAMP())
		ON DUPLICATE KEY UPDATE value = '$4', dont_know = 0" ;;
	esac || fail "cannot set the answer $3 of $2 in $1"
}

# advice_request JAR TOPIC CONTACT PHONE QUESTION: post the advice-request
# form as the visitor of JAR; it must be accepted (303 to
# /advies/aanvraag?klaar=advice.requested). Sets REQUEST to the new row's
# id and registers its removal.
advice_request() {
	local before
	before=$(sql "SELECT IFNULL(MAX(id), 0) FROM advice_requests")
	post_form "$1" /advies/aanvraag advice-request onderwerp="$2" contact="$3" telefoon="$4" vraag="$5"
	assert_status 303
	assert_header Location "/advies/aanvraag?klaar=advice.requested"
	REQUEST=$(sql "SELECT id FROM advice_requests WHERE id > $before ORDER BY id")
	[ -n "$REQUEST" ] && [ "$(wc -l <<<"$REQUEST")" = 1 ] || fail "$REQ stored '$REQUEST', expected one new advice request"
	on_exit "advice_request_forget $REQUEST"
}

# advice_request_forget ID: remove the request and mark its messages
# failed if they are still pending.
advice_request_forget() {
	sql "UPDATE outbox SET status = 'failed' WHERE type LIKE 'advice.%' AND status = 'pending'
		AND JSON_VALUE(body, '$.data.request.id') = $1; DELETE FROM advice_requests WHERE id = $1"
}

# advice_notices TYPE ID: "to|subject" of each outbox row of TYPE about
# advice request ID, oldest first (to: the addresses, comma-separated).
advice_notices() {
	sql "SELECT CONCAT(REPLACE(REPLACE(REPLACE(JSON_EXTRACT(body, '$.mail.to'), '[', ''), ']', ''), '\"', ''),
		'|', JSON_VALUE(body, '$.mail.subject')) FROM outbox WHERE type = '$1'
		AND JSON_VALUE(body, '$.data.request.id') = $2 ORDER BY id"
}

# advice_notice_json TYPE ID PATH: the JSON at PATH of the newest outbox
# row of TYPE about advice request ID (normalised by python's json).
advice_notice_json() {
	stack_sql -N -B --raw "$STACK_DB_NAME" -e "SELECT JSON_EXTRACT(body, '$3') FROM outbox WHERE type = '$1'
		AND JSON_VALUE(body, '$.data.request.id') = $2 ORDER BY id DESC LIMIT 1" |
		python3 -c 'import json, sys; print(json.dumps(json.loads(sys.stdin.read()), ensure_ascii=False, sort_keys=True))'
}

# bench_csv_rows: check that the body is a CSV for Dutch Excel (as
# programme/csv-export-for-dutch-excel has it: UTF-8 with the byte order mark, ';' between fields, CRLF after
# every row and no bare LF outside quotes, a header row, every row as
# long as the header, no field that Excel would take for a formula) and
# write its rows to $TEST_TMP/csv.json (a JSON list of lists, the header
# first).
bench_csv_rows() {
	assert_status 200
	assert_header Content-Type "text/csv; charset=utf-8"
	assert_header_prefix Content-Disposition attachment
	assert_security_headers
	python3 -m cimolt_test excel-csv "$TEST_TMP/body" "$TEST_TMP/csv.json" || fail "$REQ is not a CSV for Dutch Excel"
}

# bench_truth FILE: every submitted round's scores of every year for the
# disclosure attack: year, organisation id, name, CBS code, province id,
# size class, show_name, scope, key, score (NULL) per line.
bench_truth() {
	sql "SELECT r.year, o.id, o.name, o.cbs_code, IFNULL(o.province_id, ''), IFNULL(o.size_class, ''),
		o.show_name, s.scope, s.scope_key, IFNULL(s.score, 'NULL') FROM rounds r
		JOIN organisations o ON o.id = r.organisation_id JOIN scores s ON s.round_id = r.id
		WHERE r.status = 'submitted'" >"$1" || fail "cannot read the scores"
}

# bench_attack WHAT EMAIL...: the disclosure attack (lib/disclosure.py)
# with everything these accounts can see together; fails the test when
# it bounds any anonymous score within +-2 points, naming the leaks.
bench_attack() {
	local what=$1 out
	shift
	bench_truth "$TEST_TMP/truth.tsv"
	out=$(python3 -m disclosure attack "$URL" "$TEST_TMP/truth.tsv" "$STACK_DEMO_PASSWORD" "$@" 2>&1)
	local rc=$?
	printf '%s\n' "$out" | grep '^# ' | sed "s/^# /# $what: /"
	[ $rc -eq 0 ] || fail "$what: the attack bounds anonymous scores:
$(printf '%s\n' "$out" | grep -v '^# ')"
}
