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
# cbs_code, province code, size class, scope, key, score (NULL) per line.
bench_scores_tsv() {
	sql "SELECT o.cbs_code, p.cbs_code, IFNULL(o.size_class, ''), s.scope, s.scope_key,
		IFNULL(s.score, 'NULL') FROM rounds r JOIN organisations o ON o.id = r.organisation_id
		LEFT JOIN organisations p ON p.id = o.province_id JOIN scores s ON s.round_id = r.id
		WHERE r.year = $1 AND r.status = 'submitted'" >"$2" || fail "cannot read the scores of $1"
}

# bench_check YEAR GROUP VIEWER: the benchmark document in the body
# (/benchmark/YEAR?groep=...&format=xml as a user of the municipality
# VIEWER, a CBS code) against a computation here from the scores table:
# GROUP all, province or size; participants, n, minimum, type-7 quartiles,
# maximum (each to the one decimal shown), the own value, the mid-rank
# percentile (to the whole number shown, or the decimal), the position,
# and no figures at all where the group or a scope is below min_group.
# Prints one "# ..." line of figures.
bench_check() {
	bench_scores_tsv "$1" "$TEST_TMP/scores.tsv"
	python3 - "$TEST_TMP/body" "$TEST_TMP/scores.tsv" "$1" "$2" "$3" "$(bench_min)" \
		"$BENCH_SCOPES" <<-'PY' || fail "/benchmark/$1 ($2, seen from $3) differs from the computation"
		import math, sys, xml.etree.ElementTree as ET
		body, tsv, year, grp, viewer, min_group, scopes = sys.argv[1:]
		min_group = int(min_group)
		scopes = [tuple(l.split(" ")) for l in scopes.splitlines()]
		scopes = [(s, "" if k == "-" else k) for s, k in scopes]
		orgs, score = {}, {}
		for line in open(tsv, encoding="utf-8").read().splitlines():
		    code, prov, size, scope, key, v = line.split("\t")
		    orgs[code] = (prov, size)
		    if v != "NULL":
		        score[(code, scope, key)] = float(v)
		me = orgs[viewer]
		if grp == "all":
		    members = list(orgs)
		elif grp == "province":
		    members = [c for c in orgs if orgs[c][0] == me[0]]
		else:
		    members = [c for c in orgs if orgs[c][1] == me[1]]
		def q7(v, p):
		    h = (len(v) - 1) * p
		    lo = math.floor(h)
		    if lo + 1 >= len(v):
		        return v[-1]
		    return v[lo] + (h - lo) * (v[lo + 1] - v[lo])
		bad = []
		root = ET.parse(body).getroot()
		b = root.find("benchmark")
		if b is None:
		    print("no <benchmark> in the page")
		    sys.exit(1)
		def want_attr(e, name, value, what):
		    if e.get(name) != value:
		        bad.append("%s: %s=%r, expected %r" % (what, name, e.get(name), value))
		def near(e, name, exact, what, places=1):
		    g = e.get(name)
		    tol = 0.5 * 10 ** -places + 1e-6
		    try:
		        ok = g is not None and abs(float(g) - exact) <= tol and \
		            (places == 0 and "." not in g or places > 0 and len(g.split(".")[-1]) == places)
		    except ValueError:
		        ok = False
		    if not ok:
		        bad.append("%s: %s=%r, expected %.*f (exactly %.5f)" % (what, name, g, places, exact, exact))
		want_attr(b, "year", year, "benchmark")
		want_attr(b, "group", grp, "benchmark")
		want_attr(b, "min-group", str(min_group), "benchmark")
		want_attr(b, "participants", str(len(members)), "benchmark")
		small = len(members) < min_group
		want_attr(b, "hidden", "too-small" if small else "no", "benchmark")
		cur = [g for g in b.findall("groups/group") if g.get("current") == "yes"]
		if [g.get("name") for g in cur] != [grp]:
		    bad.append("groups/group[@current='yes'] %r, expected %s" % ([g.get("name") for g in cur], grp))
		counts = {"all": len(orgs), "province": sum(orgs[c][0] == me[0] for c in orgs),
		          "size": sum(orgs[c][1] == me[1] for c in orgs)}
		for g in b.findall("groups/group"):
		    want_attr(g, "participants", str(counts.get(g.get("name"))), "group " + str(g.get("name")))
		stats = b.findall("stat")
		if small:
		    for s in stats:
		        for a in ("min", "q1", "median", "q3", "max", "percentile", "position"):
		            if s.get(a) is not None:
		                bad.append("too small a group, yet stat %s %s has %s=%s" % (s.get("scope"), s.get("key"), a, s.get(a)))
		else:
		    got = [(s.get("scope"), s.get("key")) for s in stats]
		    if got != scopes:
		        bad.append("stats in order %r, expected %r" % (got, scopes))
		shown = 0
		for s in stats if not small else []:
		    sc, k = s.get("scope"), s.get("key")
		    what = "stat %s %s" % (sc, k)
		    v = sorted(score[(c, sc, k)] for c in members if (c, sc, k) in score)
		    own = score.get((viewer, sc, k))
		    want_attr(s, "n", str(len(v)), what)
		    if own is None:
		        want_attr(s, "own", None, what)
		    else:
		        near(s, "own", own, what)
		    if len(v) < min_group:
		        want_attr(s, "hidden", "yes", what)
		        for a in ("min", "q1", "median", "q3", "max", "percentile", "position"):
		            want_attr(s, a, None, what)
		        continue
		    shown += 1
		    want_attr(s, "hidden", None, what)
		    near(s, "min", v[0], what)
		    near(s, "max", v[-1], what)
		    q1, med, q3 = q7(v, 0.25), q7(v, 0.5), q7(v, 0.75)
		    near(s, "q1", q1, what)
		    near(s, "median", med, what)
		    near(s, "q3", q3, what)
		    if own is None:
		        for a in ("percentile", "position"):
		            want_attr(s, a, None, what)
		        continue
		    below = sum(x < own for x in v)
		    equal = sum(x == own for x in v)
		    pct = 100.0 * (below + 0.5 * equal) / len(v)
		    near(s, "percentile", pct, what, 0 if "." not in (s.get("percentile") or "") else 1)
		    pos = ("top-quartile" if own > q3 else "above-median" if own > med else
		           "at-median" if own == med else "below-median" if own >= q1 else "bottom-quartile")
		    # Within rounding of a boundary either side is right.
		    edge = min(abs(own - q3), abs(own - med), abs(own - q1)) < 1e-4
		    if s.get("position") != pos and not edge:
		        bad.append("%s: position=%r, expected %r (own %.3f, q1 %.5f, median %.5f, q3 %.5f)" %
		                   (what, s.get("position"), pos, own, q1, med, q3))
		for x in bad[:15]:
		    print(x)
		if bad:
		    sys.exit(1)
		print("# %s %s (%d participants): %d stats shown, %d hidden%s" % (year, grp, len(members), shown,
		      len(stats) - shown, "; group too small" if small else ""))
	PY
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
	python3 - "$TEST_TMP/body" "$TEST_TMP/region.tsv" "$1" "$(bench_min)" "$BENCH_SCOPES" <<-'PY' || fail "/regio/$1 differs from the computation"
		import math, sys, xml.etree.ElementTree as ET
		body, tsv, year, min_group, scopes = sys.argv[1:]
		min_group = int(min_group)
		scopes = [tuple(l.split(" ")) for l in scopes.splitlines()]
		scopes = [(s, "" if k == "-" else k) for s, k in scopes]
		orgs, score = {}, {}
		for line in open(tsv, encoding="utf-8").read().splitlines():
		    oid, name, size, show, status, scope, key, v = line.split("\t")
		    orgs[oid] = (name, size, show == "1", status)
		    if scope and v != "NULL":
		        score[(oid, scope, key)] = float(v)
		sub = [o for o in orgs if orgs[o][3] == "submitted"]
		named = sorted(o for o in sub if orgs[o][2])
		def q7(v, p):
		    h = (len(v) - 1) * p
		    lo = math.floor(h)
		    return v[-1] if lo + 1 >= len(v) else v[lo] + (h - lo) * (v[lo + 1] - v[lo])
		bad = []
		r = ET.parse(body).getroot().find("region")
		if r is None:
		    print("no <region>")
		    sys.exit(1)
		def want(e, a, v, what):
		    if e.get(a) != v:
		        bad.append("%s: %s=%r, expected %r" % (what, a, e.get(a), v))
		def near(e, a, x, what):
		    g = e.get(a)
		    try:
		        ok = abs(float(g) - x) <= 0.05 + 1e-6 and len(g.split(".")[-1]) == 1 and "." in g
		    except (TypeError, ValueError):
		        ok = False
		    if not ok:
		        bad.append("%s: %s=%r, expected %.1f" % (what, a, g, x))
		want(r, "year", year, "region")
		p = r.find("participation")
		if p is None:
		    bad.append("no <participation>")
		else:
		    want(p, "municipalities", str(len(orgs)), "participation")
		    want(p, "started", str(sum(1 for o in orgs if orgs[o][3])), "participation")
		    want(p, "submitted", str(len(sub)), "participation")
		small = len(sub) < min_group
		want(r, "hidden", "too-small" if small else "no", "region")
		stats = r.findall("stat")
		if not small and [(s.get("scope"), s.get("key")) for s in stats] != scopes:
		    bad.append("stats %r, expected %r" % ([(s.get("scope"), s.get("key")) for s in stats], scopes))
		for s in stats:
		    sc, k = s.get("scope"), s.get("key")
		    what = "stat %s %s" % (sc, k)
		    for a in ("own", "percentile", "position"):
		        want(s, a, None, what)
		    v = sorted(score[(o, sc, k)] for o in sub if (o, sc, k) in score)
		    if small or len(v) < min_group:
		        for a in ("min", "q1", "median", "q3", "max"):
		            want(s, a, None, what)
		        continue
		    want(s, "n", str(len(v)), what)
		    near(s, "min", v[0], what)
		    near(s, "q1", q7(v, 0.25), what)
		    near(s, "median", q7(v, 0.5), what)
		    near(s, "q3", q7(v, 0.75), what)
		    near(s, "max", v[-1], what)
		ms = r.findall("municipality")
		got = sorted(m.get("id") for m in ms)
		if got != named:
		    bad.append("named municipalities %r, expected %r (opted in and submitted)" %
		               ([orgs.get(i, ("?",))[0] for i in got], [orgs[i][0] for i in named]))
		for m in ms:
		    o = m.get("id")
		    if o not in orgs:
		        continue
		    want(m, "name", orgs[o][0], "municipality " + o)
		    want(m, "size-class", orgs[o][1], "municipality " + o)
		    for sc in m.findall("score"):
		        x = score.get((o, sc.get("scope"), sc.get("key")))
		        if x is None:
		            want(sc, "value", None, "%s %s %s" % (orgs[o][0], sc.get("scope"), sc.get("key")))
		        else:
		            near(sc, "value", x, "%s %s %s" % (orgs[o][0], sc.get("scope"), sc.get("key")))
		    n = sum(1 for (oo, _, _) in score if oo == o)
		    if len([sc for sc in m.findall("score") if sc.get("value") is not None]) != n:
		        bad.append("%s: %d scores with a value, expected %d" % (orgs[o][0],
		                   len([sc for sc in m.findall("score") if sc.get("value") is not None]), n))
		an = r.find("anonymous")
		cnt = an.get("count") if an is not None else "0"
		if cnt != str(len(sub) - len(named)):
		    bad.append("anonymous count %r, expected %d" % (cnt, len(sub) - len(named)))
		for b in bad[:15]:
		    print(b)
		if bad:
		    sys.exit(1)
		print("# /regio/%s: %d municipalities, %d submitted, %d named" % (year, len(orgs), len(sub), len(named)))
	PY
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
	python3 - "$f" "$@" <<-'PY' || fail "$REQ: names a municipality it must not"
		import html, re, sys
		text = open(sys.argv[1], encoding="utf-8").read()
		text = html.unescape(re.sub(r"<[^>]*>", " ", re.sub(r"(?s)<(style|script)\b.*?</\1>", " ", text)))
		bad = [n for n in sys.argv[2:] if re.search(r"(?<![\w-])" + re.escape(n) + r"(?![\w-])", text)]
		for n in bad:
		    print("names %s" % n)
		sys.exit(1 if bad else 0)
	PY
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
	python3 - "$TEST_TMP/body" <<-'PY'
		import sys, xml.etree.ElementTree as ET
		for i in ET.parse(sys.argv[1]).getroot().findall("advice/item"):
		    print(" ".join(i.get(a) or "-" for a in ("rule", "tier", "scope", "key", "score", "gap")))
	PY
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
	sql "UPDATE outbox SET status = 'failed' WHERE type = 'advice.requested' AND status = 'pending'
		AND JSON_VALUE(body, '$.data.request.id') = $1; DELETE FROM advice_requests WHERE id = $1"
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
	python3 - "$TEST_TMP/body" "$TEST_TMP/csv.json" <<-'PY' || fail "$REQ is not a CSV for Dutch Excel"
		import csv, io, json, re, sys
		raw = open(sys.argv[1], "rb").read()
		bad = []
		if not raw.startswith(b"\xef\xbb\xbf"):
		    bad.append("no UTF-8 BOM: %r" % raw[:8])
		body = raw[3:]
		if not body.endswith(b"\r\n"):
		    bad.append("does not end in CRLF")
		text = body.decode("utf-8")
		rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";", quotechar='"', strict=True))
		# Outside quoted fields every line break is CRLF.
		outside = re.sub(r'"(?:[^"]|"")*"', '""', text)
		if re.search(r"(?<!\r)\n", outside):
		    bad.append("a line feed without CR outside a quoted field")
		if not rows or len(rows[0]) < 2:
		    bad.append("no header row of ';'-separated names: %r" % rows[:1])
		for r in rows[1:]:
		    if len(r) != len(rows[0]):
		        bad.append("row of %d fields under a header of %d: %r" % (len(r), len(rows[0]), r[:6]))
		    for f in r:
		        if f[:1] in ("=", "+", "@") or f[:1] == "-" and not re.fullmatch(r"-[0-9]+([.,][0-9]+)?", f):
		            bad.append("field %r could be taken for a formula" % f)
		for b in bad[:8]:
		    print(b)
		json.dump(rows, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
		sys.exit(1 if bad else 0)
	PY
}
