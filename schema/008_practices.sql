-- The practice library (praktijkvoorbeelden): municipalities describe
-- circular tenders, an organiser reviews and publishes them, and everyone
-- signed in (or, for the ones marked public, everyone) finds them.
--
-- Every save of the form is a new row in practice_revisions, with its
-- co-operating municipalities, themes, aspects and links in the child
-- tables keyed by the revision. A practice points at two revisions:
-- the published one (what readers see) and the working one (a draft, or
-- one submitted for review, or one returned with a remark; NULL when
-- nothing is pending). Editing a published practice therefore leaves
-- readers on the published revision until the new one is published.
-- The pointers carry no foreign keys: practices and revisions would
-- reference each other, and a practice could then not be deleted in one
-- statement; every write to them happens under the practice's row lock.
--
-- Search: the published revision's title, summary, approach and results
-- are copied onto the practice row (search_*), and the FULLTEXT index is
-- over those copies, not over practice_revisions. That way the index
-- holds only published text, so a draft can never match a search or
-- show through a count; it has one entry per practice instead of one
-- per saved draft; and MATCH() runs on the table the filters and the
-- ordering are on, without a join to pick the published revision. The
-- copy is written in the same transaction that publishes (practice.c).
-- Stop words and words under innodb_ft_min_token_size are left out of
-- queries by the daemon (practice.c), which says so to the visitor.

CREATE TABLE IF NOT EXISTS practices (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  uuid CHAR(36) CHARACTER SET ascii NOT NULL
    COMMENT 'stable id of the Atom entry (urn:uuid:)',
  organisation_id BIGINT UNSIGNED NOT NULL COMMENT 'the author municipality',
  created_by BIGINT UNSIGNED NULL,
  created_at DATETIME NOT NULL,
  working_revision_id BIGINT UNSIGNED NULL
    COMMENT 'draft, submitted or returned; NULL when nothing is pending',
  published_revision_id BIGINT UNSIGNED NULL,
  first_published_at DATETIME NULL COMMENT 'UTC',
  published_at DATETIME NULL COMMENT 'UTC, of the published revision',
  is_public TINYINT(1) NOT NULL DEFAULT 0
    COMMENT 'visible without signing in (and in the feed) once published',
  search_title VARCHAR(200) NOT NULL DEFAULT '',
  search_summary VARCHAR(1000) NOT NULL DEFAULT '',
  search_approach TEXT NOT NULL,
  search_results TEXT NOT NULL,
  UNIQUE KEY practices_uuid (uuid),
  KEY practices_organisation (organisation_id),
  KEY practices_published (published_at),
  FULLTEXT KEY practices_search (search_title, search_summary,
    search_approach, search_results),
  CONSTRAINT practices_organisation_fk FOREIGN KEY (organisation_id)
    REFERENCES organisations (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS practice_revisions (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  practice_id BIGINT UNSIGNED NOT NULL,
  status ENUM('draft', 'submitted', 'published', 'returned') NOT NULL
    DEFAULT 'draft',
  title VARCHAR(200) NOT NULL,
  summary VARCHAR(1000) NOT NULL,
  approach TEXT NOT NULL COMMENT 'what was asked of the market',
  results TEXT NOT NULL COMMENT 'results and lessons',
  year SMALLINT UNSIGNED NOT NULL,
  category ENUM('gww', 'bouw', 'kantoor-fm', 'mobiliteit', 'energie')
    NOT NULL,
  value_band ENUM('<50k', '50k-215k', '215k-1m', '1m-5.5m', '>5.5m') NULL
    COMMENT 'contract value in euro; NULL: not known',
  contact_user_id BIGINT UNSIGNED NULL
    COMMENT 'a user of the municipality who opted in (practice_contacts)',
  remark VARCHAR(2000) NULL COMMENT 'the organiser''s, when returned',
  created_by BIGINT UNSIGNED NULL,
  created_at DATETIME NOT NULL,
  submitted_by BIGINT UNSIGNED NULL,
  submitted_at DATETIME NULL,
  reviewed_by BIGINT UNSIGNED NULL,
  reviewed_at DATETIME NULL,
  KEY practice_revisions_practice (practice_id, id),
  CONSTRAINT practice_revisions_practice_fk FOREIGN KEY (practice_id)
    REFERENCES practices (id) ON DELETE CASCADE,
  CONSTRAINT practice_revisions_contact_fk FOREIGN KEY (contact_user_id)
    REFERENCES users (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Co-operating municipalities of a revision.
CREATE TABLE IF NOT EXISTS practice_orgs (
  revision_id BIGINT UNSIGNED NOT NULL,
  organisation_id BIGINT UNSIGNED NOT NULL,
  PRIMARY KEY (revision_id, organisation_id),
  KEY practice_orgs_organisation (organisation_id),
  CONSTRAINT practice_orgs_revision_fk FOREIGN KEY (revision_id)
    REFERENCES practice_revisions (id) ON DELETE CASCADE,
  CONSTRAINT practice_orgs_organisation_fk FOREIGN KEY (organisation_id)
    REFERENCES organisations (id)
) ENGINE=InnoDB;

-- Strategic themes (score.c theme_names) a revision touches.
CREATE TABLE IF NOT EXISTS practice_themes (
  revision_id BIGINT UNSIGNED NOT NULL,
  theme VARCHAR(32) CHARACTER SET ascii NOT NULL,
  PRIMARY KEY (revision_id, theme),
  KEY practice_themes_theme (theme),
  CONSTRAINT practice_themes_revision_fk FOREIGN KEY (revision_id)
    REFERENCES practice_revisions (id) ON DELETE CASCADE
) ENGINE=InnoDB;

-- The six circular aspects a revision addresses.
CREATE TABLE IF NOT EXISTS practice_aspects (
  revision_id BIGINT UNSIGNED NOT NULL,
  aspect ENUM('gezond', 'hergebruik', 'energie', 'natuurlijk-kapitaal',
    'innovatie', 'kringloop') NOT NULL,
  PRIMARY KEY (revision_id, aspect),
  KEY practice_aspects_aspect (aspect),
  CONSTRAINT practice_aspects_revision_fk FOREIGN KEY (revision_id)
    REFERENCES practice_revisions (id) ON DELETE CASCADE
) ENGINE=InnoDB;

-- Public documents (tender documents, reports), in the order given.
CREATE TABLE IF NOT EXISTS practice_links (
  revision_id BIGINT UNSIGNED NOT NULL,
  seq TINYINT UNSIGNED NOT NULL,
  url VARCHAR(500) CHARACTER SET ascii NOT NULL,
  label VARCHAR(200) NOT NULL,
  PRIMARY KEY (revision_id, seq),
  CONSTRAINT practice_links_revision_fk FOREIGN KEY (revision_id)
    REFERENCES practice_revisions (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Users who agreed to be named as the contact person of practices (and
-- to get questions from other municipalities through CIMoLT). Only the
-- user can opt in, by ticking the box on the practice form.
CREATE TABLE IF NOT EXISTS practice_contacts (
  user_id BIGINT UNSIGNED NOT NULL PRIMARY KEY,
  opted_in_at DATETIME NOT NULL,
  CONSTRAINT practice_contacts_user_fk FOREIGN KEY (user_id)
    REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB;

-- Questions sent to contact persons, kept only to throttle senders per
-- day (the text itself went out through the outbox).
CREATE TABLE IF NOT EXISTS contact_messages (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  sender_user_id BIGINT UNSIGNED NOT NULL,
  practice_id BIGINT UNSIGNED NOT NULL,
  created_at DATETIME NOT NULL,
  KEY contact_messages_sender (sender_user_id, created_at),
  CONSTRAINT contact_messages_sender_fk FOREIGN KEY (sender_user_id)
    REFERENCES users (id) ON DELETE CASCADE,
  CONSTRAINT contact_messages_practice_fk FOREIGN KEY (practice_id)
    REFERENCES practices (id) ON DELETE CASCADE
) ENGINE=InnoDB;
