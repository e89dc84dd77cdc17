-- The benchmark and advice.
--
-- Peer statistics are computed when a round is submitted or reopened, for
-- the three groups its municipality belongs to that year (all participants,
-- its province, its size class), so a benchmark page reads a few rows
-- instead of every participant's scores. A group's version goes up with
-- every computation; a municipality's percentile in a group is kept in
-- peer_positions with the version it was computed under, and computed
-- again (once) when the group has changed since.

CREATE TABLE IF NOT EXISTS peer_groups (
  year SMALLINT UNSIGNED NOT NULL,
  grp ENUM('all', 'province', 'size') NOT NULL,
  grp_key VARCHAR(16) CHARACTER SET ascii NOT NULL
    COMMENT '"" for all, the province id, or the size class',
  participants INT UNSIGNED NOT NULL COMMENT 'submitted rounds',
  version INT UNSIGNED NOT NULL DEFAULT 1,
  computed_at DATETIME NOT NULL,
  PRIMARY KEY (year, grp, grp_key)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS peer_stats (
  year SMALLINT UNSIGNED NOT NULL,
  grp ENUM('all', 'province', 'size') NOT NULL,
  grp_key VARCHAR(16) CHARACTER SET ascii NOT NULL,
  scope ENUM('overall', 'level', 'theme', 'category', 'share') NOT NULL,
  scope_key VARCHAR(48) CHARACTER SET ascii NOT NULL,
  n INT UNSIGNED NOT NULL COMMENT 'participants with a score here',
  min_score DECIMAL(7,3) NOT NULL,
  q1 DECIMAL(9,5) NOT NULL,
  median DECIMAL(9,5) NOT NULL,
  q3 DECIMAL(9,5) NOT NULL,
  max_score DECIMAL(7,3) NOT NULL,
  PRIMARY KEY (year, grp, grp_key, scope, scope_key),
  CONSTRAINT peer_stats_group_fk FOREIGN KEY (year, grp, grp_key)
    REFERENCES peer_groups (year, grp, grp_key) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS peer_positions (
  round_id BIGINT UNSIGNED NOT NULL,
  grp ENUM('all', 'province', 'size') NOT NULL,
  version INT UNSIGNED NOT NULL COMMENT 'the peer_groups version',
  scope ENUM('overall', 'level', 'theme', 'category', 'share') NOT NULL,
  scope_key VARCHAR(48) CHARACTER SET ascii NOT NULL,
  below INT UNSIGNED NOT NULL COMMENT 'participants scoring lower',
  equal INT UNSIGNED NOT NULL COMMENT 'participants scoring the same, itself included',
  PRIMARY KEY (round_id, grp, scope, scope_key),
  CONSTRAINT peer_positions_round_fk FOREIGN KEY (round_id)
    REFERENCES rounds (id) ON DELETE CASCADE
) ENGINE=InnoDB;

-- So a group's scores are read without a pass over every round.
CREATE INDEX IF NOT EXISTS organisations_size ON organisations (size_class);

-- Advice rules as imported from schema/advice.xml (the newest version
-- applies); the file is kept as imported.
CREATE TABLE IF NOT EXISTS advice_sets (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version INT UNSIGNED NOT NULL,
  checksum CHAR(64) CHARACTER SET ascii NOT NULL,
  xml MEDIUMTEXT NOT NULL,
  imported_at DATETIME NOT NULL,
  UNIQUE KEY advice_sets_version (version)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE IF NOT EXISTS advice_rules (
  set_id BIGINT UNSIGNED NOT NULL,
  position INT UNSIGNED NOT NULL COMMENT 'order in the file',
  rule_id VARCHAR(48) CHARACTER SET ascii NOT NULL,
  tier ENUM('basis', 'significant', 'ambitious') NOT NULL,
  scope ENUM('overall', 'level', 'theme', 'category', 'share') NULL
    COMMENT 'a score band rule; NULL for an answer rule',
  scope_key VARCHAR(48) CHARACTER SET ascii NULL,
  band_from DECIMAL(7,3) NULL,
  band_below DECIMAL(7,3) NULL COMMENT 'NULL: up to and including 100',
  question_id VARCHAR(48) CHARACTER SET ascii NULL,
  answer VARCHAR(64) NULL COMMENT '"?" for do not know',
  text_nl TEXT NOT NULL,
  text_en TEXT NOT NULL,
  PRIMARY KEY (set_id, position),
  UNIQUE KEY advice_rules_id (set_id, rule_id),
  CONSTRAINT advice_rules_set_fk FOREIGN KEY (set_id)
    REFERENCES advice_sets (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS advice_links (
  set_id BIGINT UNSIGNED NOT NULL,
  position INT UNSIGNED NOT NULL COMMENT 'the rule',
  seq INT UNSIGNED NOT NULL,
  practice_id BIGINT UNSIGNED NULL,
  href VARCHAR(1000) NULL,
  label_nl VARCHAR(200) NULL,
  label_en VARCHAR(200) NULL,
  PRIMARY KEY (set_id, position, seq),
  KEY advice_links_practice (practice_id),
  CONSTRAINT advice_links_rule_fk FOREIGN KEY (set_id, position)
    REFERENCES advice_rules (set_id, position) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS advice_requests (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  organisation_id BIGINT UNSIGNED NOT NULL,
  user_id BIGINT UNSIGNED NOT NULL,
  topic VARCHAR(48) CHARACTER SET ascii NOT NULL,
  question TEXT NOT NULL,
  contact ENUM('email', 'telefoon', 'gesprek') NOT NULL,
  phone VARCHAR(40) NOT NULL DEFAULT '',
  status ENUM('new', 'in_progress', 'done') NOT NULL DEFAULT 'new',
  created_at DATETIME NOT NULL,
  updated_at DATETIME NULL,
  updated_by BIGINT UNSIGNED NULL,
  KEY advice_requests_org (organisation_id, created_at),
  KEY advice_requests_status (status),
  CONSTRAINT advice_requests_org_fk FOREIGN KEY (organisation_id)
    REFERENCES organisations (id),
  CONSTRAINT advice_requests_user_fk FOREIGN KEY (user_id)
    REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
