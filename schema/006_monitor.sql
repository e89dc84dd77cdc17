-- The monitor: questionnaires (each year's, in versions), a round per
-- municipality per year on one questionnaire version, its answers, the
-- version of each section (so two people saving one section cannot
-- overwrite each other unnoticed), and the scores computed at submission.

CREATE TABLE IF NOT EXISTS questionnaires (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  year SMALLINT UNSIGNED NOT NULL,
  version INT UNSIGNED NOT NULL,
  checksum CHAR(64) CHARACTER SET ascii NOT NULL COMMENT 'SHA-256 of the file',
  xml MEDIUMTEXT NOT NULL COMMENT 'the file as imported',
  imported_at DATETIME NOT NULL,
  UNIQUE KEY questionnaires_year_version (year, version)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE IF NOT EXISTS rounds (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  organisation_id BIGINT UNSIGNED NOT NULL,
  year SMALLINT UNSIGNED NOT NULL,
  questionnaire_id BIGINT UNSIGNED NOT NULL
    COMMENT 'the version the round is filled in with, for good',
  status ENUM('draft', 'submitted') NOT NULL DEFAULT 'draft',
  created_at DATETIME NOT NULL,
  submitted_at DATETIME NULL,
  submitted_by BIGINT UNSIGNED NULL,
  UNIQUE KEY rounds_org_year (organisation_id, year),
  KEY rounds_year (year, status),
  CONSTRAINT rounds_organisation_fk FOREIGN KEY (organisation_id)
    REFERENCES organisations (id),
  CONSTRAINT rounds_questionnaire_fk FOREIGN KEY (questionnaire_id)
    REFERENCES questionnaires (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS round_sections (
  round_id BIGINT UNSIGNED NOT NULL,
  section_id VARCHAR(48) CHARACTER SET ascii NOT NULL,
  version INT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'raised by every save',
  updated_by BIGINT UNSIGNED NULL,
  updated_at DATETIME NULL,
  PRIMARY KEY (round_id, section_id),
  CONSTRAINT round_sections_round_fk FOREIGN KEY (round_id)
    REFERENCES rounds (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS answers (
  round_id BIGINT UNSIGNED NOT NULL,
  question_id VARCHAR(48) CHARACTER SET ascii NOT NULL,
  value VARCHAR(4000) NULL COMMENT 'NULL with dont_know, or unanswered',
  dont_know TINYINT(1) NOT NULL DEFAULT 0,
  prefilled TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'copied from last year',
  updated_by BIGINT UNSIGNED NULL,
  updated_at DATETIME NOT NULL,
  PRIMARY KEY (round_id, question_id),
  CONSTRAINT answers_round_fk FOREIGN KEY (round_id)
    REFERENCES rounds (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- scope: overall (key ''), level, theme or category (key its name), and
-- share (key a category or 'overall': the percentage of circular spend).
CREATE TABLE IF NOT EXISTS scores (
  round_id BIGINT UNSIGNED NOT NULL,
  scope ENUM('overall', 'level', 'theme', 'category', 'share') NOT NULL,
  scope_key VARCHAR(48) CHARACTER SET ascii NOT NULL,
  score DECIMAL(7,3) NULL COMMENT 'NULL: nothing answered to score',
  answered INT UNSIGNED NOT NULL DEFAULT 0,
  total INT UNSIGNED NOT NULL DEFAULT 0,
  PRIMARY KEY (round_id, scope, scope_key),
  CONSTRAINT scores_round_fk FOREIGN KEY (round_id)
    REFERENCES rounds (id) ON DELETE CASCADE
) ENGINE=InnoDB;
