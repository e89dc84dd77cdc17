-- Events with one or more sessions (a date with a start and end time and
-- a place of its own each), a sequence number for the calendar, and the
-- management links of the mails about a registration.
--
-- events.starts_at, ends_at and place stay: they are kept equal to the
-- first session's start and place and the last session's end, so that
-- sorting and the registration rules keep working. An event without
-- session rows (made before this migration or straight in SQL) has one
-- session implied by those columns, with the UID it always had.
--
-- A session's calendar UID is fixed when the row is made (uid_key):
-- changing its date, time or place keeps it, so a calendar updates the
-- entry it has. events.ics_sequence rises with every change a calendar
-- shows (RFC 5545 3.8.7.4, SEQUENCE).
--
-- registration_links: every mail about a registration carries a link of
-- its own; only its token's SHA-256 is kept, any number per registration.
CREATE TABLE IF NOT EXISTS event_sessions (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  event_id BIGINT UNSIGNED NOT NULL,
  uid_key VARCHAR(64) CHARACTER SET ascii NOT NULL
    COMMENT 'the UID before @host: cimolt-event-E or cimolt-event-E-S',
  starts_at DATETIME NOT NULL COMMENT 'Europe/Amsterdam wall-clock time',
  ends_at DATETIME NOT NULL COMMENT 'Europe/Amsterdam wall-clock time',
  place VARCHAR(200) NOT NULL DEFAULT '',
  KEY event_sessions_event (event_id, starts_at),
  CONSTRAINT event_sessions_time_order CHECK (ends_at > starts_at),
  CONSTRAINT event_sessions_event_fk FOREIGN KEY (event_id)
    REFERENCES events (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE events
  ADD COLUMN IF NOT EXISTS ics_sequence INT UNSIGNED NOT NULL DEFAULT 0
    COMMENT 'SEQUENCE of its calendar entries: raised by every change';

-- The existing events keep their one block as their first session, with
-- the UID their calendar file always had.
INSERT INTO event_sessions (event_id, uid_key, starts_at, ends_at, place)
  SELECT e.id, CONCAT('cimolt-event-', e.id), e.starts_at, e.ends_at, e.place
  FROM events e
  WHERE NOT EXISTS (SELECT 1 FROM event_sessions s WHERE s.event_id = e.id);

CREATE TABLE IF NOT EXISTS registration_links (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  registration_id BIGINT UNSIGNED NOT NULL,
  token_hash BINARY(32) NOT NULL COMMENT 'SHA-256 of the mailed token',
  created_at DATETIME NOT NULL,
  UNIQUE KEY registration_links_token (token_hash),
  KEY registration_links_registration (registration_id),
  CONSTRAINT registration_links_registration_fk FOREIGN KEY (registration_id)
    REFERENCES registrations (id) ON DELETE CASCADE
) ENGINE=InnoDB;

-- The programme's pages show the sessions: their changes empty the page
-- cache like the events' own (019_data_version.sql).
CREATE OR REPLACE TRIGGER event_sessions_dv_ins AFTER INSERT ON event_sessions FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER event_sessions_dv_upd AFTER UPDATE ON event_sessions FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER event_sessions_dv_del AFTER DELETE ON event_sessions FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
