-- Bilingual content: an event and a practice's revision may have an
-- English title and summary (an event's is its description). The English
-- interface shows them where they are given, and otherwise the Dutch
-- text, marked as Dutch (lang="nl"). Empty: not given.
ALTER TABLE events
  ADD COLUMN title_en VARCHAR(200) NOT NULL DEFAULT '' AFTER description,
  ADD COLUMN description_en VARCHAR(2000) NOT NULL DEFAULT ''
    AFTER title_en;

ALTER TABLE practice_revisions
  ADD COLUMN title_en VARCHAR(200) NOT NULL DEFAULT '' AFTER results,
  ADD COLUMN summary_en VARCHAR(1000) NOT NULL DEFAULT '' AFTER title_en;
