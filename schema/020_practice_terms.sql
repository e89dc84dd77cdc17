-- Search that understands Dutch: the words of a practice's published
-- revision, reduced to their Snowball stems ("zonnepanelen" and
-- "zonnepaneel" are both "zonnepanel"), one row per stem with a weight
-- for where and how often it occurs (title 4, summary 2, approach and
-- results 1 each, times its count in that text up to 3). The daemon
-- writes them (practice.c) in the transaction that publishes, so, as
-- before, only published text can be found. A search ranks by the
-- number of the visitor's words a practice matches, then by the weights.
--
-- They replace the FULLTEXT index over copies of the published texts,
-- which knew no stems and needed every word. `cimolt-admin migrate`
-- fills the terms of the practices published before (those with none);
-- `cimolt-admin practice reindex` makes them all again.

CREATE TABLE IF NOT EXISTS practice_terms (
  practice_id BIGINT UNSIGNED NOT NULL,
  term VARCHAR(84) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL
    COMMENT 'a Snowball stem, lower case',
  weight SMALLINT UNSIGNED NOT NULL,
  PRIMARY KEY (practice_id, term),
  KEY practice_terms_term (term, practice_id),
  CONSTRAINT practice_terms_practice_fk FOREIGN KEY (practice_id)
    REFERENCES practices (id) ON DELETE CASCADE
) ENGINE=InnoDB;

ALTER TABLE practices
  DROP INDEX practices_search,
  DROP COLUMN search_title,
  DROP COLUMN search_summary,
  DROP COLUMN search_approach,
  DROP COLUMN search_results;
