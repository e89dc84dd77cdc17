-- A coordinator moves a colleague's place to another colleague. The new
-- person's registration is stored 'pending' (double opt-in, the link is
-- mailed to them) with a row here naming the registration whose place it
-- takes. That one keeps its place meanwhile: confirming the new one
-- cancels the old and confirms the new in one transaction under the
-- event's lock; a new one that expires changes nothing. Ids only: the
-- people are in registrations.

CREATE TABLE IF NOT EXISTS registration_moves (
  registration_id BIGINT UNSIGNED NOT NULL PRIMARY KEY
    COMMENT 'the new, pending registration',
  moves_id BIGINT UNSIGNED NOT NULL
    COMMENT 'the registration whose place it takes',
  requested_by BIGINT UNSIGNED NULL COMMENT 'the coordinator (users.id)',
  created_at DATETIME NOT NULL,
  KEY registration_moves_moves (moves_id),
  CONSTRAINT registration_moves_new_fk FOREIGN KEY (registration_id)
    REFERENCES registrations (id) ON DELETE CASCADE,
  CONSTRAINT registration_moves_old_fk FOREIGN KEY (moves_id)
    REFERENCES registrations (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
