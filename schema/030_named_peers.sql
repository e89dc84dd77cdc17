-- Named peers by consent, and the inhabitants behind the size classes.
--
-- named_peers: the municipalities (at most 5, fcgi/peers.c) a
-- municipality chose to see by name next to its own scores on
-- /benchmark/{year}/vergelijken. Both must have opted in to be named
-- (organisations.show_name) when the choice is made; the page reads
-- show_name again on every request, so a municipality that withdraws
-- its consent is left out of every named view at once, whatever is
-- stored here. A choice goes with either municipality.
CREATE TABLE IF NOT EXISTS named_peers (
  organisation_id BIGINT UNSIGNED NOT NULL COMMENT 'who chose',
  peer_id BIGINT UNSIGNED NOT NULL COMMENT 'the municipality chosen',
  position TINYINT UNSIGNED NOT NULL COMMENT 'order of the columns',
  chosen_by BIGINT UNSIGNED NULL COMMENT 'the coordinator (users.id)',
  chosen_at DATETIME NOT NULL,
  PRIMARY KEY (organisation_id, peer_id),
  KEY named_peers_peer (peer_id),
  CONSTRAINT named_peers_org_fk FOREIGN KEY (organisation_id)
    REFERENCES organisations (id) ON DELETE CASCADE,
  CONSTRAINT named_peers_peer_fk FOREIGN KEY (peer_id)
    REFERENCES organisations (id) ON DELETE CASCADE,
  CONSTRAINT named_peers_user_fk FOREIGN KEY (chosen_by)
    REFERENCES users (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The data version (019_data_version.sql): the named view is a kept
-- page (routes.c, CACHE_ORG), so a changed choice shows on the next
-- request. (Consent is organisations.show_name, counted since 019.)
CREATE OR REPLACE TRIGGER named_peers_dv_ins AFTER INSERT ON named_peers FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER named_peers_dv_upd AFTER UPDATE ON named_peers FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER named_peers_dv_del AFTER DELETE ON named_peers FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;

-- Inhabitants: the size class of a municipality follows [benchmark]
-- size_classes from this figure (fcgi/sizeclass.c); without it, from
-- size_class where that class lies wholly inside one configured class.
ALTER TABLE organisations
  ADD COLUMN IF NOT EXISTS inhabitants INT UNSIGNED NULL
    COMMENT 'approximate; decides the benchmark size class' AFTER size_class;

-- The 51 municipalities of Gelderland: the APPROXIMATE figures that
-- 004_seed_organisations.sql notes after each row (CBS, 1 January 2023,
-- rounded to 500, written down without StatLine and not checked against
-- it), times 1000. They are the figures the existing size_class was
-- derived from, so with the default boundaries (20000,50000,100000)
-- every class stays what it was. Close to the boundaries 30000 and
-- 60000 of the suggested configuration, and so the first to verify:
-- Culemborg and Winterswijk (29500), Oost Gelre (30000), Zaltbommel
-- (30500), Renkum (31500), Doetinchem (58500) and Barneveld (61000).
-- To correct a figure once this migration has been applied anywhere,
-- add a migration with UPDATE organisations SET inhabitants = N WHERE
-- cbs_code = 'GMnnnn'; (cimolt-admin migrate refuses an applied
-- migration whose text changed).
UPDATE organisations o
JOIN (
            SELECT 'GM0197' AS code, 27500 AS n
  UNION ALL SELECT 'GM0200', 166000
  UNION ALL SELECT 'GM0202', 165000
  UNION ALL SELECT 'GM0203', 61000
  UNION ALL SELECT 'GM1945', 35500
  UNION ALL SELECT 'GM1859', 44500
  UNION ALL SELECT 'GM0209', 26000
  UNION ALL SELECT 'GM1876', 37000
  UNION ALL SELECT 'GM0213', 21000
  UNION ALL SELECT 'GM0214', 27500
  UNION ALL SELECT 'GM0216', 29500
  UNION ALL SELECT 'GM0221', 11500
  UNION ALL SELECT 'GM0222', 58500
  UNION ALL SELECT 'GM0225', 19700
  UNION ALL SELECT 'GM0226', 25500
  UNION ALL SELECT 'GM0228', 121000
  UNION ALL SELECT 'GM0230', 23500
  UNION ALL SELECT 'GM0232', 33500
  UNION ALL SELECT 'GM0233', 27500
  UNION ALL SELECT 'GM0243', 49000
  UNION ALL SELECT 'GM0244', 12500
  UNION ALL SELECT 'GM0246', 19000
  UNION ALL SELECT 'GM0252', 17000
  UNION ALL SELECT 'GM1705', 47500
  UNION ALL SELECT 'GM0262', 34000
  UNION ALL SELECT 'GM0263', 25500
  UNION ALL SELECT 'GM1955', 36500
  UNION ALL SELECT 'GM1740', 25000
  UNION ALL SELECT 'GM0267', 44500
  UNION ALL SELECT 'GM0268', 180000
  UNION ALL SELECT 'GM0302', 28500
  UNION ALL SELECT 'GM0269', 24000
  UNION ALL SELECT 'GM1586', 30000
  UNION ALL SELECT 'GM1509', 40000
  UNION ALL SELECT 'GM1734', 49000
  UNION ALL SELECT 'GM0273', 25000
  UNION ALL SELECT 'GM0274', 31500
  UNION ALL SELECT 'GM0275', 44000
  UNION ALL SELECT 'GM0277', 1700
  UNION ALL SELECT 'GM0279', 10500
  UNION ALL SELECT 'GM0281', 42500
  UNION ALL SELECT 'GM0285', 25000
  UNION ALL SELECT 'GM0289', 40000
  UNION ALL SELECT 'GM1960', 52000
  UNION ALL SELECT 'GM0668', 19800
  UNION ALL SELECT 'GM0293', 15000
  UNION ALL SELECT 'GM0296', 41500
  UNION ALL SELECT 'GM0294', 29500
  UNION ALL SELECT 'GM0297', 30500
  UNION ALL SELECT 'GM0299', 45000
  UNION ALL SELECT 'GM0301', 48500
) AS m ON m.code = o.cbs_code
SET o.inhabitants = m.n
WHERE o.kind = 'gemeente' AND o.inhabitants IS NULL;

-- Consent to be named was asked, until now, with the words "other
-- municipalities never see your name". The named view shows the name to
-- the municipalities that choose it, which that consent did not cover:
-- every municipality is asked again, on the page where it is given.
UPDATE organisations SET show_name = 0 WHERE show_name = 1;
