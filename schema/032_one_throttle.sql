-- One table for every request that is counted to be limited: the public
-- registrations (per client address and per registrant address, kept in
-- registration_attempts until now) join the reset requests and wrong
-- current passwords in throttle_events, under a kind of their own. The
-- old rows are not carried over: they count for one hour only, so the
-- upgrade at most restarts that hour's count, and the file can run again
-- after a failure half way.
ALTER TABLE throttle_events
  MODIFY kind ENUM('reset', 'password', 'registration') NOT NULL;

DROP TABLE IF EXISTS registration_attempts;

-- The courier forgets the registrations' rows after a day, once a second.
CREATE INDEX IF NOT EXISTS throttle_events_kind_at ON throttle_events (kind, at);
