SET NAMES utf8mb4;

-- Open events. An event open to 'municipalities' (every event so far, the
-- masterclasses) takes registrations from municipalities only, at most
-- per_org_limit each. One open to 'everyone' (the closing meeting) takes
-- them from any organisation in the table (municipalities anywhere,
-- provinces, umbrella organisations, the organisers) and from guests, who
-- type the name of their organisation: a guest's registration has no
-- organisation_id but guest_organisation, and an open event's
-- per_org_limit (optional) counts guests per typed name, compared as the
-- column's collation does (case-insensitive).

ALTER TABLE events
  ADD COLUMN IF NOT EXISTS open_to ENUM('municipalities', 'everyone')
    NOT NULL DEFAULT 'municipalities'
    COMMENT 'who may register: municipalities, or any organisation and guests';

ALTER TABLE registrations
  MODIFY organisation_id BIGINT UNSIGNED NULL
    COMMENT 'NULL for a guest (see guest_organisation)',
  ADD COLUMN IF NOT EXISTS guest_organisation VARCHAR(150) NULL
    COMMENT 'a guest''s organisation as typed; NULL when organisation_id',
  ADD KEY IF NOT EXISTS registrations_event_guest
    (event_id, guest_organisation, status);

-- Exactly one of the two: an organisation of the table, or a typed name
-- (erased to '' with the registrant's other data).
ALTER TABLE registrations
  ADD CONSTRAINT IF NOT EXISTS registrations_org_or_guest
    CHECK ((organisation_id IS NULL) <> (guest_organisation IS NULL));

-- The umbrella organisations of the public bodies besides the VNG (seeded
-- in 004): those of the provinces and of the water authorities. Inserted
-- only when missing, as 004 does for rows without a CBS code. The 12
-- provinces are seeded by 004.
INSERT INTO organisations (kind, name)
SELECT 'koepelorganisatie', n.name
FROM (
            SELECT 'Interprovinciaal Overleg' AS name
  UNION ALL SELECT 'Unie van Waterschappen'
) AS n
WHERE NOT EXISTS (
  SELECT 1 FROM organisations AS o
  WHERE o.kind = 'koepelorganisatie' AND o.name = n.name);
