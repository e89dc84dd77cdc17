-- A delivery attempt is logged before it is made, in a commit of its
-- own, and closed with its result afterwards: an attempt cut off by a
-- killed courier stays in the log without a result, so organisers see
-- every duplicate that at-least-once delivery causes.
ALTER TABLE deliveries
  MODIFY ok TINYINT(1) NULL COMMENT 'NULL: no result recorded',
  ADD COLUMN finished_at DATETIME NULL
    COMMENT 'NULL: under way, or cut off' AFTER at;
UPDATE deliveries SET finished_at = at;
