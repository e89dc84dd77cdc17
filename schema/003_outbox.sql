-- Outgoing messages, written in the transaction that causes them, and the
-- log of every delivery attempt. The courier claims due rows with
-- SELECT ... FOR UPDATE SKIP LOCKED, so two couriers never send the same
-- row at once; a row stays 'pending' until an attempt succeeds, so a
-- courier killed mid-delivery loses nothing.
CREATE TABLE IF NOT EXISTS outbox (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  uuid CHAR(36) CHARACTER SET ascii NOT NULL
    COMMENT 'X-Cimolt-Delivery: the same on every attempt',
  type VARCHAR(64) CHARACTER SET ascii NOT NULL
    COMMENT 'account.invited, registration.created, ...',
  body MEDIUMTEXT NOT NULL COMMENT 'the JSON document sent to the webhook',
  created_at DATETIME NOT NULL,
  status ENUM('pending', 'sent', 'failed') NOT NULL DEFAULT 'pending',
  attempts INT UNSIGNED NOT NULL DEFAULT 0,
  next_attempt_at DATETIME NOT NULL,
  give_up_at DATETIME NOT NULL,
  sent_at DATETIME NULL,
  webhook_done_at DATETIME NULL COMMENT 'a retry skips a transport done',
  smtp_done_at DATETIME NULL,
  last_error VARCHAR(500) NULL,
  UNIQUE KEY outbox_uuid (uuid),
  KEY outbox_due (status, next_attempt_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS deliveries (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  outbox_id BIGINT UNSIGNED NOT NULL,
  transport ENUM('webhook', 'smtp') NOT NULL,
  at DATETIME NOT NULL,
  ok TINYINT(1) NOT NULL,
  http_status INT NULL,
  smtp_reply VARCHAR(300) NULL,
  error VARCHAR(500) NULL,
  KEY deliveries_outbox (outbox_id),
  CONSTRAINT deliveries_outbox_fk FOREIGN KEY (outbox_id)
    REFERENCES outbox (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
