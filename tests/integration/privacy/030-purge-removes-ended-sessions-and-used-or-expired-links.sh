# cimolt-admin purge removes at once the sessions that have ended (idle
# longer than [session] idle_minutes, or older than absolute_hours) and
# the invitation and password links that expired or were used; a live
# session and a live link stay, and the live session still signs in.
sign_in_as live member
sign_in_as idle member
sign_in_as old member
sid() { sql "SELECT HEX(token_hash) FROM sessions WHERE token_hash = UNHEX(SHA2('$(cookie "$1" sid)', 256))"; }
live=$(sid live) idle=$(sid idle) old=$(sid old)
[ -n "$live" ] && [ -n "$idle" ] && [ -n "$old" ] || fail "the sessions are not stored as the SHA-256 of their cookies"
sql "UPDATE sessions SET last_seen_at = UTC_TIMESTAMP() - INTERVAL 121 MINUTE WHERE token_hash = UNHEX('$idle');
	UPDATE sessions SET created_at = UTC_TIMESTAMP() - INTERVAL 13 HOUR WHERE token_hash = UNHEX('$old')"
u=$(sql "SELECT id FROM users WHERE email = '$(demo_email member)'")
sql "INSERT INTO user_tokens (token_hash, user_id, purpose, expires_at, used_at) VALUES
	(UNHEX(SHA2('purge-live-$$', 256)), $u, 'reset', UTC_TIMESTAMP() + INTERVAL 1 HOUR, NULL),
	(UNHEX(SHA2('purge-expired-$$', 256)), $u, 'reset', UTC_TIMESTAMP() - INTERVAL 1 MINUTE, NULL),
	(UNHEX(SHA2('purge-used-$$', 256)), $u, 'reset', UTC_TIMESTAMP() + INTERVAL 1 HOUR, UTC_TIMESTAMP())"
on_exit "sql \"DELETE FROM user_tokens WHERE token_hash IN (UNHEX(SHA2('purge-live-$$', 256)),
	UNHEX(SHA2('purge-expired-$$', 256)), UNHEX(SHA2('purge-used-$$', 256)))\""
done=$(purge_counts)
[ "$(purge_count "$done" sessions)" -ge 2 ] && [ "$(purge_count "$done" links)" -ge 2 ] ||
	fail "the purge removed $(purge_count "$done" sessions) sessions and $(purge_count "$done" links) links"
has() { sql "SELECT COUNT(*) FROM $1 WHERE token_hash = $2"; }
assert_eq "$(has sessions "UNHEX('$live')") $(has sessions "UNHEX('$idle')") $(has sessions "UNHEX('$old')")" "1 0 0" \
	"the live, idle and old sessions after the purge"
assert_eq "$(has user_tokens "UNHEX(SHA2('purge-live-$$', 256))") $(has user_tokens "UNHEX(SHA2('purge-expired-$$', 256))") $(has user_tokens "UNHEX(SHA2('purge-used-$$', 256))")" \
	"1 0 0" "the live, expired and used links after the purge"
http_as live GET /account
assert_status 200
