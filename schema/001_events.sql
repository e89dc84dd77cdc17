-- The programme's events: four masterclasses and the closing meeting.
-- confirmed_count is the shared counter row: every registration for an
-- event updates it in the same transaction, so two registrations for the
-- same event always conflict and one is retried (also on Galera).
CREATE TABLE IF NOT EXISTS events (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  kind ENUM('masterclass', 'slotbijeenkomst') NOT NULL,
  audience ENUM('bestuur', 'beleid', 'uitvoering', 'monitor', 'iedereen')
    NOT NULL,
  title VARCHAR(200) NOT NULL,
  description VARCHAR(2000) NOT NULL DEFAULT '',
  starts_at DATETIME NOT NULL COMMENT 'Europe/Amsterdam wall-clock time',
  ends_at DATETIME NOT NULL COMMENT 'Europe/Amsterdam wall-clock time',
  place VARCHAR(200) NOT NULL DEFAULT '',
  online_url VARCHAR(500) CHARACTER SET ascii NULL,
  capacity INT UNSIGNED NOT NULL,
  per_org_limit INT UNSIGNED NULL COMMENT 'NULL: no limit per municipality',
  confirmed_count INT UNSIGNED NOT NULL DEFAULT 0,
  status ENUM('draft', 'open', 'closed', 'cancelled') NOT NULL
    DEFAULT 'draft',
  registration_opens_at DATETIME NULL,
  registration_closes_at DATETIME NULL,
  created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
    ON UPDATE CURRENT_TIMESTAMP,
  KEY events_starts_at (starts_at),
  CONSTRAINT events_time_order CHECK (ends_at > starts_at),
  CONSTRAINT events_counter CHECK (confirmed_count <= capacity)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
