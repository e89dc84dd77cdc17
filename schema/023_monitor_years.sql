-- The yearly cycle of the monitor: per year the day the round opens, its
-- deadline and the reminders (days before the deadline, e.g. "14,7,1"),
-- set by the organisers; and every reminder sent, one row per
-- municipality, year and slot. The primary key of monitor_reminders is
-- what keeps a reminder single: the scheduler inserts the row and queues
-- the mail in one transaction, and only the insert that made the row
-- queues it, so restarted or parallel couriers never send one twice.
-- kind 'schedule': slot is the days before the deadline; kind 'manual'
-- (an organiser's "send reminder"): slot is the day it was sent
-- (TO_DAYS), so at most one a day.

CREATE TABLE IF NOT EXISTS monitor_years (
  year SMALLINT UNSIGNED NOT NULL PRIMARY KEY,
  opens_on DATE NOT NULL,
  deadline DATE NOT NULL,
  reminder_days VARCHAR(64) CHARACTER SET ascii NOT NULL DEFAULT ''
    COMMENT 'days before the deadline, largest first: 14,7,1',
  updated_by BIGINT UNSIGNED NULL,
  updated_at DATETIME NOT NULL
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS monitor_reminders (
  year SMALLINT UNSIGNED NOT NULL,
  organisation_id BIGINT UNSIGNED NOT NULL,
  kind ENUM('schedule', 'manual') NOT NULL,
  slot INT UNSIGNED NOT NULL,
  sent_at DATETIME NOT NULL,
  sent_by BIGINT UNSIGNED NULL,
  PRIMARY KEY (year, organisation_id, kind, slot),
  KEY monitor_reminders_org (organisation_id),
  CONSTRAINT monitor_reminders_organisation_fk FOREIGN KEY (organisation_id)
    REFERENCES organisations (id) ON DELETE CASCADE
) ENGINE=InnoDB;
