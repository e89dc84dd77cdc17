-- Double opt-in for public registrations. A registration made without an
-- account (or for another address than one's own) is 'pending' until the
-- link mailed to its address is used. A pending registration that found
-- a place holds it (held = 1, counted in events.held_count) until
-- hold_until; then it is 'expired' and the place goes to the next in
-- line. One that found no place (held = 0) joins the waiting list when
-- confirmed. With [registration] org_domains, a confirmed address outside
-- its municipality's domains waits for the coordinator ('approval').
--
-- registration_attempts counts stored registrations per client address
-- and per registrant address (its SHA-256: no address in clear), for the
-- throttles; rows older than a day are deleted.

ALTER TABLE registrations
  MODIFY status ENUM('confirmed', 'waiting', 'cancelled', 'pending',
    'expired', 'approval') NOT NULL,
  ADD COLUMN IF NOT EXISTS held TINYINT(1) NOT NULL DEFAULT 0
    COMMENT 'pending with a place kept for it',
  ADD COLUMN IF NOT EXISTS hold_until DATETIME NULL
    COMMENT 'UTC: a pending registration expires then',
  ADD COLUMN IF NOT EXISTS verified_at DATETIME NULL
    COMMENT 'UTC: the address was confirmed (or was the account''s own)',
  ADD KEY IF NOT EXISTS registrations_pending (status, hold_until);

-- An expired registration no longer blocks its address.
ALTER TABLE registrations
  MODIFY active_email VARCHAR(254)
    AS (IF(status IN ('cancelled', 'expired'), NULL, email)) PERSISTENT
    COMMENT 'unique per event while active';

ALTER TABLE events
  ADD COLUMN IF NOT EXISTS held_count INT UNSIGNED NOT NULL DEFAULT 0
    COMMENT 'places held by pending registrations';

ALTER TABLE organisations
  ADD COLUMN IF NOT EXISTS mail_domains VARCHAR(500) CHARACTER SET ascii
    NOT NULL DEFAULT ''
    COMMENT 'space-separated: addresses accepted without approval';

CREATE TABLE IF NOT EXISTS registration_attempts (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  address VARCHAR(45) CHARACTER SET ascii NOT NULL,
  email_hash BINARY(32) NOT NULL,
  at DATETIME NOT NULL,
  KEY registration_attempts_address (address, at),
  KEY registration_attempts_email (email_hash, at),
  KEY registration_attempts_at (at)
) ENGINE=InnoDB;
