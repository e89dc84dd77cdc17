-- The organisers' list of messages (/beheer/berichten) shows each
-- message's recipients and subject and finds messages by address.
--
-- outbox.subject and outbox.recipients keep what the mail said (its
-- "to" list as written, joined by ", "), taken from the message at queue
-- time whatever its type, so the list needs no JSON parsing per row.
-- outbox_recipients holds each recipient's bare address in lower case
-- (LOWER() at insert) under a binary collation: a search lower-cases the
-- address typed and finds it through the index by equality, so
-- Jan@Ede.example finds jan@ede.example, while no accent- or
-- pad-insensitive collation rule makes one address match another. A
-- message to several people has a row per address.
--
-- Retention and erasure (fcgi/db-privacy.c) clear subject and
-- recipients with the body and delete the purged messages' rows here.

ALTER TABLE outbox
  ADD COLUMN IF NOT EXISTS subject TEXT NULL
    COMMENT 'the mail''s subject; NULL once purged',
  ADD COLUMN IF NOT EXISTS recipients TEXT NULL
    COMMENT 'the mail''s "to" list, ", "-joined; NULL once purged';

CREATE TABLE IF NOT EXISTS outbox_recipients (
  outbox_id BIGINT UNSIGNED NOT NULL,
  position SMALLINT UNSIGNED NOT NULL COMMENT '1, 2, ... as in the mail',
  address VARCHAR(254) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL
    COMMENT 'the bare address, lower case',
  PRIMARY KEY (outbox_id, position),
  KEY outbox_recipients_address (address, outbox_id),
  CONSTRAINT outbox_recipients_outbox_fk FOREIGN KEY (outbox_id)
    REFERENCES outbox (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The messages queued before: what their body still says (a purged
-- body says nothing, and stays without).
UPDATE outbox o SET
  o.subject = JSON_VALUE(o.body, '$.mail.subject'),
  o.recipients = COALESCE((SELECT GROUP_CONCAT(j.a ORDER BY j.n SEPARATOR ', ')
    FROM JSON_TABLE(o.body, '$.mail.to[*]'
      COLUMNS (n FOR ORDINALITY, a VARCHAR(300) PATH '$')) j), '')
WHERE o.purged_at IS NULL AND o.subject IS NULL AND JSON_VALID(o.body);

-- "Name <address>" gives the address between the brackets.
INSERT IGNORE INTO outbox_recipients (outbox_id, position, address)
SELECT o.id, j.n, LOWER(TRIM(IF(LOCATE('<', j.a) > 0,
    SUBSTRING_INDEX(SUBSTRING_INDEX(j.a, '<', -1), '>', 1), j.a)))
FROM outbox o, JSON_TABLE(o.body, '$.mail.to[*]'
  COLUMNS (n FOR ORDINALITY, a VARCHAR(300) PATH '$')) j
WHERE o.purged_at IS NULL AND JSON_VALID(o.body) AND j.a IS NOT NULL
  AND CHAR_LENGTH(j.a) > 0;
