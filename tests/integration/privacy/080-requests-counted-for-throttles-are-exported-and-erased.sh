# The requests counted for the throttles are kept by the SHA-256 of the
# address typed, in one table (throttle_events) whatever their kind. A
# person who registered by the public form (one 'registration' row) and
# asked twice for a password reset (two 'reset' rows) finds those three
# rows in `cimolt-admin person export`, under throttled_requests with
# their kind; `cimolt-admin person erase` deletes them (and counts them
# with the failed sign-ins), and no other person's rows.
on_exit forget_failures
email="throttled.$$@ede.example"
person_setup e "$email" "Thijs Teller$$"
other="other.$$@ede.example"
for a in "$email" "$email" "$other"; do
	http_as r POST /wachtwoord-vergeten --data-urlencode "csrf=$(csrf_of r)" --data-urlencode "email=$a"
	assert_status 303
done
mine="key_hash = UNHEX(SHA2('$email', 256))"
assert_eq "$(sql "SELECT GROUP_CONCAT(kind ORDER BY kind) FROM throttle_events WHERE $mine")" \
	"reset,reset,registration" "the rows counted for $email"
admin_cli person export "$email" >"$TEST_TMP/export.json" 2>"$TEST_TMP/err" ||
	fail "cimolt-admin person export failed: $(cat "$TEST_TMP/err")"
assert_eq "$(python3 -c "import json,sys; e=json.load(open(sys.argv[1])); print(sorted((t['kind'], t['address']) for t in e['throttled_requests']))" "$TEST_TMP/export.json")" \
	"[('registration', '127.0.0.1'), ('reset', '127.0.0.1'), ('reset', '127.0.0.1')]" "the throttled requests exported"
out=$(admin_cli person erase "$email" 2>&1) || fail "cimolt-admin person erase failed: $out"
assert_eq "$(awk '$1 == "login-failures" { print $2 }' <<<"$out")" 5 \
	"failed sign-ins (2) and throttled requests (3) erased: $out"
assert_eq "$(sql "SELECT COUNT(*) FROM throttle_events WHERE $mine")" 0 "rows left for $email"
assert_eq "$(sql "SELECT COUNT(*) FROM throttle_events WHERE key_hash = UNHEX(SHA2('$other', 256))")" 1 \
	"rows left for another address"
