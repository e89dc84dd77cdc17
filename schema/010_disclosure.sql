-- Disclosure control of the benchmark (fcgi/benchmark.c).
--
-- Beside the exact statistics (for the organisers), each group's scope
-- keeps what may be shown to everyone else: how many of its values belong
-- to municipalities that did not opt in to be named (anonymous), the
-- published quartiles (each the mean of the three values nearest its
-- position, shown as a 5-point range), and whether the figures may be
-- shown at all: 'yes', 'too-few' (fewer anonymous values than the
-- minimum group size) or 'overlap' (it differs from a larger group shown
-- the same year by fewer anonymous municipalities than that, so the two
-- could be subtracted). min_group is the minimum group size the decision
-- was made with. Rows computed before this migration show nothing until
-- `cimolt-admin benchmark recompute`.

ALTER TABLE peer_stats
  ADD COLUMN IF NOT EXISTS anonymous INT UNSIGNED NOT NULL DEFAULT 0
    COMMENT 'values of municipalities not named',
  ADD COLUMN IF NOT EXISTS pub_q1 DECIMAL(9,5) NULL,
  ADD COLUMN IF NOT EXISTS pub_median DECIMAL(9,5) NULL,
  ADD COLUMN IF NOT EXISTS pub_q3 DECIMAL(9,5) NULL,
  ADD COLUMN IF NOT EXISTS shown ENUM('yes', 'too-few', 'overlap') NOT NULL
    DEFAULT 'too-few',
  ADD COLUMN IF NOT EXISTS min_group INT UNSIGNED NOT NULL DEFAULT 0;
