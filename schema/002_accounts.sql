-- Organisations, people, sessions and the audit log.
-- Galera-ready: InnoDB, a primary key on every table, no table locks.

CREATE TABLE IF NOT EXISTS organisations (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  kind ENUM('gemeente', 'provincie', 'koepelorganisatie', 'organisator')
    NOT NULL,
  name VARCHAR(150) NOT NULL,
  cbs_code VARCHAR(8) CHARACTER SET ascii NULL
    COMMENT 'GM0228 for a municipality, PV25 for a province',
  province_id BIGINT UNSIGNED NULL
    COMMENT 'the province it lies in (NULL for provinces themselves)',
  size_class ENUM('<20k', '20k-50k', '50k-100k', '>=100k') NULL
    COMMENT 'inhabitants, for peer groups of municipalities',
  show_name TINYINT(1) NOT NULL DEFAULT 0
    COMMENT 'opted in to be named in benchmarks',
  created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  UNIQUE KEY organisations_cbs_code (cbs_code),
  UNIQUE KEY organisations_kind_name (kind, name),
  KEY organisations_province (province_id),
  CONSTRAINT organisations_province_fk FOREIGN KEY (province_id)
    REFERENCES organisations (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS users (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  email VARCHAR(254) NOT NULL COMMENT 'stored lower-case',
  name VARCHAR(150) NOT NULL,
  organisation_id BIGINT UNSIGNED NOT NULL,
  role ENUM('member', 'coordinator', 'regional', 'organiser', 'admin')
    NOT NULL,
  lang ENUM('nl', 'en') NOT NULL DEFAULT 'nl',
  password_hash VARCHAR(255) CHARACTER SET ascii NULL
    COMMENT 'Argon2id (crypto_pwhash_str); NULL until an invitation is taken',
  disabled_at DATETIME NULL,
  created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  UNIQUE KEY users_email (email),
  KEY users_organisation (organisation_id),
  CONSTRAINT users_organisation_fk FOREIGN KEY (organisation_id)
    REFERENCES organisations (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Only the SHA-256 of a session token is stored: a copy of this table
-- lets nobody sign in.
CREATE TABLE IF NOT EXISTS sessions (
  token_hash BINARY(32) NOT NULL PRIMARY KEY,
  user_id BIGINT UNSIGNED NOT NULL,
  created_at DATETIME NOT NULL,
  last_seen_at DATETIME NOT NULL,
  KEY sessions_user (user_id),
  CONSTRAINT sessions_user_fk FOREIGN KEY (user_id) REFERENCES users (id)
    ON DELETE CASCADE
) ENGINE=InnoDB;

-- Single-use links (invitation, password reset); only the hash is kept.
CREATE TABLE IF NOT EXISTS user_tokens (
  token_hash BINARY(32) NOT NULL PRIMARY KEY,
  user_id BIGINT UNSIGNED NOT NULL,
  purpose ENUM('invitation', 'reset') NOT NULL,
  expires_at DATETIME NOT NULL,
  used_at DATETIME NULL,
  KEY user_tokens_user (user_id),
  CONSTRAINT user_tokens_user_fk FOREIGN KEY (user_id) REFERENCES users (id)
    ON DELETE CASCADE
) ENGINE=InnoDB;

-- Failed sign-ins, by account (e-mail as typed, hashed: no personal data
-- for addresses without an account) and by client address, for throttling.
CREATE TABLE IF NOT EXISTS login_failures (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  email_hash BINARY(32) NOT NULL,
  address VARCHAR(45) CHARACTER SET ascii NOT NULL,
  at DATETIME NOT NULL,
  KEY login_failures_email (email_hash, at),
  KEY login_failures_address (address, at)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS audit_log (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  at DATETIME NOT NULL,
  actor_user_id BIGINT UNSIGNED NULL COMMENT 'NULL: cimolt-admin or system',
  action VARCHAR(64) CHARACTER SET ascii NOT NULL
    COMMENT 'user.created, user.disabled, user.role, ...',
  subject_type VARCHAR(32) CHARACTER SET ascii NOT NULL,
  subject_id BIGINT UNSIGNED NOT NULL,
  detail VARCHAR(500) NOT NULL DEFAULT '',
  KEY audit_log_at (at),
  KEY audit_log_subject (subject_type, subject_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
