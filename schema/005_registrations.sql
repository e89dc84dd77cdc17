-- Registrations for the programme's events, and materials shared after
-- an event.
--
-- The rules (at most per_org_limit confirmed per municipality, at most
-- capacity confirmed in all, one active registration per e-mail address)
-- are enforced in the registering transaction, which first locks the
-- event's row and always updates its counters: two registrations for the
-- same event therefore always conflict, on one server (the lock) and on a
-- multi-primary Galera cluster (certification), and one is retried.

ALTER TABLE events
  ADD COLUMN IF NOT EXISTS notify_emails VARCHAR(1000) NOT NULL DEFAULT ''
    COMMENT 'organisers to notify, comma-separated',
  ADD COLUMN IF NOT EXISTS waiting_count INT UNSIGNED NOT NULL DEFAULT 0;

CREATE TABLE IF NOT EXISTS registrations (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  event_id BIGINT UNSIGNED NOT NULL,
  organisation_id BIGINT UNSIGNED NOT NULL,
  user_id BIGINT UNSIGNED NULL COMMENT 'when registered while signed in',
  name VARCHAR(150) NOT NULL,
  email VARCHAR(254) NOT NULL COMMENT 'lower-case',
  job_title VARCHAR(150) NOT NULL,
  lang ENUM('nl', 'en') NOT NULL DEFAULT 'nl' COMMENT 'of the mails to them',
  status ENUM('confirmed', 'waiting', 'cancelled') NOT NULL,
  waiting_seq BIGINT UNSIGNED NULL COMMENT 'order on the waiting list',
  token_hash BINARY(32) NOT NULL COMMENT 'SHA-256 of the status link token',
  created_at DATETIME NOT NULL,
  cancelled_at DATETIME NULL,
  promoted_at DATETIME NULL,
  active_email VARCHAR(254) AS (IF(status = 'cancelled', NULL, email))
    PERSISTENT COMMENT 'unique per event while not cancelled',
  UNIQUE KEY registrations_token (token_hash),
  UNIQUE KEY registrations_active_email (event_id, active_email),
  KEY registrations_event_org (event_id, organisation_id, status),
  KEY registrations_waiting (event_id, status, waiting_seq),
  KEY registrations_organisation (organisation_id),
  CONSTRAINT registrations_event_fk FOREIGN KEY (event_id)
    REFERENCES events (id),
  CONSTRAINT registrations_organisation_fk FOREIGN KEY (organisation_id)
    REFERENCES organisations (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS event_materials (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  event_id BIGINT UNSIGNED NOT NULL,
  title VARCHAR(200) NOT NULL,
  url VARCHAR(500) CHARACTER SET ascii NULL,
  body VARCHAR(4000) NOT NULL DEFAULT '',
  created_at DATETIME NOT NULL,
  KEY event_materials_event (event_id),
  CONSTRAINT event_materials_event_fk FOREIGN KEY (event_id)
    REFERENCES events (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
