-- Retention (cimolt-admin purge, fcgi/privacy.c): what a purge run or an
-- erasure did, so that it is done once and can be counted.
--
-- A registration's personal fields (name, e-mail address, job title, the
-- account it was made with) are erased some months after its event; the
-- row stays, with its municipality and status, for the counts. purged_at
-- says when. A delivered message's body (and what the receivers answered)
-- is erased some days after it was sent, an undelivered one's some days
-- after it was given up. Audit lines older than some years keep what
-- happened, but who did it (and who it was done to, for a user) only as a
-- pseudonym: a keyed hash of the user id, the same for the same user.

ALTER TABLE registrations
  ADD COLUMN IF NOT EXISTS purged_at DATETIME NULL
    COMMENT 'UTC: personal fields erased (retention or erasure)';

ALTER TABLE outbox
  ADD COLUMN IF NOT EXISTS purged_at DATETIME NULL
    COMMENT 'UTC: body erased (retention or erasure)';

ALTER TABLE audit_log
  ADD COLUMN IF NOT EXISTS actor_pseudonym CHAR(16) NULL
    COMMENT 'when actor_user_id was pseudonymised',
  ADD COLUMN IF NOT EXISTS subject_pseudonym CHAR(16) NULL
    COMMENT 'when a user subject_id was pseudonymised (then 0)',
  ADD COLUMN IF NOT EXISTS pseudonymised_at DATETIME NULL COMMENT 'UTC';
