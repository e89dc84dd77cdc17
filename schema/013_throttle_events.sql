-- Requests limited apart from failed sign-ins, so that one cannot be
-- used to lock the other: password-reset requests (per address typed,
-- hashed, and per client address) and wrong current passwords on the
-- account page (per account, hashed like the sign-in's address).
CREATE TABLE IF NOT EXISTS throttle_events (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  kind ENUM('reset', 'password') NOT NULL,
  key_hash BINARY(32) NOT NULL COMMENT 'SHA-256 of the lower-cased e-mail address',
  address VARCHAR(45) CHARACTER SET ascii NOT NULL,
  at DATETIME NOT NULL,
  KEY throttle_events_key (kind, key_hash, at),
  KEY throttle_events_address (kind, address, at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
