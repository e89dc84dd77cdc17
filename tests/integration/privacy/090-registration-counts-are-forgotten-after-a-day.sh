# The public registrations' throttle counts (throttle_events of kind
# 'registration', the SHA-256 of the address and the client address) are
# needed for an hour and kept for a day: the courier deletes the rows
# older than a day within seconds, and leaves younger ones and the other
# kinds (kept for [retention] login_failures_days) alone.
on_exit forget_failures
old=$(unique old)@ede.example young=$(unique young)@ede.example
sql "INSERT INTO throttle_events (kind, key_hash, address, at) VALUES
	('registration', UNHEX(SHA2('$old', 256)), '127.0.0.9', UTC_TIMESTAMP() - INTERVAL 25 HOUR),
	('registration', UNHEX(SHA2('$young', 256)), '127.0.0.9', UTC_TIMESTAMP() - INTERVAL 23 HOUR),
	('reset', UNHEX(SHA2('$old', 256)), '127.0.0.9', UTC_TIMESTAMP() - INTERVAL 25 HOUR)"
gone() { [ "$(sql "SELECT COUNT(*) FROM throttle_events WHERE kind = 'registration' AND key_hash = UNHEX(SHA2('$old', 256))")" = 0 ]; }
wait_for 10 gone || fail "the registration count of 25 hours ago is still there after 10 s"
assert_eq "$(sql "SELECT GROUP_CONCAT(kind ORDER BY kind) FROM throttle_events WHERE address = '127.0.0.9'")" \
	"reset,registration" "the rows left: the reset request and the registration of 23 hours ago"
