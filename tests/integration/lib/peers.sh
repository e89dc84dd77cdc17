# tests/integration/lib/peers.sh: named peers by consent and the size
# classes of the benchmark (loaded by tests/integration/run; uses
# lib/benchmark.sh).

# peers_keep CODE: the municipality starts the test without a choice of
# named peers; the one it had is put back when the test ends.
peers_keep() {
	local id rows
	id=$(org_id "$1")
	rows=$(sql "SELECT GROUP_CONCAT(CONCAT('(', organisation_id, ',', peer_id, ',', position,
		', NULL, UTC_TIMESTAMP())')) FROM named_peers WHERE organisation_id = $id")
	if [ "$rows" = NULL ] || [ -z "$rows" ]; then
		on_exit "sql \"DELETE FROM named_peers WHERE organisation_id = $id\""
	else
		on_exit "sql \"DELETE FROM named_peers WHERE organisation_id = $id;
			INSERT INTO named_peers (organisation_id, peer_id, position, chosen_by, chosen_at) VALUES $rows\""
	fi
	sql "DELETE FROM named_peers WHERE organisation_id = $id" || fail "cannot clear the choice of $1"
}

# peers_choose JAR YEAR CODE...: POST the choice of these municipalities
# (by CBS code; a value that is no code is sent as it is) to
# /benchmark/YEAR/vergelijken as the visitor of JAR. Sets STATUS.
peers_choose() {
	local j=$1 y=$2 c args=()
	shift 2
	for c in "$@"; do
		case $c in GM*) args+=("peer=$(org_id "$c")") ;; *) args+=("peer=$c") ;; esac
	done
	send_form "$j" "/benchmark/$y/vergelijken" "${args[@]}"
}

# peers_stored CODE: the municipality's stored choice, "CODE:POSITION"
# of each peer in order, space-separated.
peers_stored() {
	sql "SELECT COALESCE(GROUP_CONCAT(CONCAT(o.cbs_code, ':', n.position) ORDER BY n.position
		SEPARATOR ' '), '') FROM named_peers n JOIN organisations o ON o.id = n.peer_id
		WHERE n.organisation_id = $(org_id "$1")"
}

# peers_view JAR YEAR: GET /benchmark/YEAR/vergelijken?format=xml as the
# visitor of JAR (200) and print its columns, one line each in order:
# "NAME overall-score" ("own" after the name for the viewer's own; "-"
# for no score, "no-round" without a submitted round that year).
peers_view() {
	bench_page "$1" "/benchmark/$2/vergelijken"
	python3 - "$TEST_TMP/body" <<-'PY'
	import sys, xml.etree.ElementTree as ET
	p = ET.parse(sys.argv[1]).getroot().find("peers")
	for m in p.findall("municipality"):
	    own = " own" if m.get("own") == "yes" else ""
	    if m.get("submitted") != "yes":
	        print(m.get("name") + own, "no-round")
	        continue
	    s = [x for x in m.findall("score") if x.get("scope") == "overall"]
	    print(m.get("name") + own, s[0].get("value", "-") if s else "-")
	PY
}

# bench_config KEY VALUE: set [benchmark] KEY = VALUE in the stack's
# configuration for this test (SIGHUP), as bench_min_group does for
# min_group; put back at the end.
bench_config() {
	cp "$STACK_CONFIG" "$TEST_TMP/cimolt.ini.saved" || fail "cannot keep the configuration"
	on_exit "bench_config_restore"
	{ grep -v "^$1" "$TEST_TMP/cimolt.ini.saved" | sed '/^\[benchmark\]$/d'
		printf '\n[benchmark]\n%s = %s\n' "$1" "$2"; } >"$STACK_CONFIG"
	bench_reload
}
