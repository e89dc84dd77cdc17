-- Advice requests as a conversation: the organisers reply in a thread,
-- add internal notes and assign an organiser; the requester sees the
-- replies (never the notes) at /advies/aanvragen and can answer. A
-- status change is a row of the thread too, so the thread tells what
-- happened when. Every reply and status change is also queued to the
-- other side through the outbox, in the same transaction.
--
-- The rows are personal data of their authors and of the requester:
-- an export or erasure of a person includes advice_requests.user_id,
-- advice_requests.assignee_id and advice_messages.author_id.
ALTER TABLE advice_requests
  ADD COLUMN assignee_id BIGINT UNSIGNED NULL
    COMMENT 'the organiser who handles it' AFTER status,
  ADD CONSTRAINT advice_requests_assignee_fk FOREIGN KEY (assignee_id)
    REFERENCES users (id) ON DELETE SET NULL;

CREATE TABLE IF NOT EXISTS advice_messages (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  request_id BIGINT UNSIGNED NOT NULL,
  author_id BIGINT UNSIGNED NULL,
  kind ENUM('reply', 'note', 'status') NOT NULL
    COMMENT 'reply: both sides see it; note: organisers only; status: a change',
  body TEXT NOT NULL COMMENT 'the text; for status, the new status',
  created_at DATETIME NOT NULL COMMENT 'UTC',
  KEY advice_messages_request (request_id, id),
  CONSTRAINT advice_messages_request_fk FOREIGN KEY (request_id)
    REFERENCES advice_requests (id) ON DELETE CASCADE,
  CONSTRAINT advice_messages_author_fk FOREIGN KEY (author_id)
    REFERENCES users (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
