-- The data version: one number that every change of what the pages show
-- raises, in the same transaction as the change, by the triggers below.
-- cimoltd keys its page cache and the ETag of public pages on it, so a
-- change (a registration, a submitted round, an edit in cimolt-admin or
-- straight in SQL) shows on the very next request.
--
-- Not counted: sessions, login_failures, user_tokens, outbox, deliveries,
-- audit_log and contact_messages, which no cached page shows (a
-- sign-in or a sent mail does not empty the cache). A new table that a
-- cached page shows (routes.c, CACHE_*) needs its three triggers here
-- too, in a new migration.
CREATE TABLE IF NOT EXISTS data_version (
  id TINYINT UNSIGNED NOT NULL PRIMARY KEY,
  version BIGINT UNSIGNED NOT NULL
) ENGINE=InnoDB;
INSERT IGNORE INTO data_version (id, version) VALUES (1, 1);

CREATE OR REPLACE TRIGGER advice_links_dv_ins AFTER INSERT ON advice_links FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER advice_links_dv_upd AFTER UPDATE ON advice_links FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER advice_links_dv_del AFTER DELETE ON advice_links FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER advice_requests_dv_ins AFTER INSERT ON advice_requests FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER advice_requests_dv_upd AFTER UPDATE ON advice_requests FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER advice_requests_dv_del AFTER DELETE ON advice_requests FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER advice_rules_dv_ins AFTER INSERT ON advice_rules FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER advice_rules_dv_upd AFTER UPDATE ON advice_rules FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER advice_rules_dv_del AFTER DELETE ON advice_rules FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER advice_sets_dv_ins AFTER INSERT ON advice_sets FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER advice_sets_dv_upd AFTER UPDATE ON advice_sets FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER advice_sets_dv_del AFTER DELETE ON advice_sets FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER answers_dv_ins AFTER INSERT ON answers FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER answers_dv_upd AFTER UPDATE ON answers FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER answers_dv_del AFTER DELETE ON answers FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER event_materials_dv_ins AFTER INSERT ON event_materials FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER event_materials_dv_upd AFTER UPDATE ON event_materials FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER event_materials_dv_del AFTER DELETE ON event_materials FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER events_dv_ins AFTER INSERT ON events FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER events_dv_upd AFTER UPDATE ON events FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER events_dv_del AFTER DELETE ON events FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER organisations_dv_ins AFTER INSERT ON organisations FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER organisations_dv_upd AFTER UPDATE ON organisations FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER organisations_dv_del AFTER DELETE ON organisations FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER peer_groups_dv_ins AFTER INSERT ON peer_groups FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER peer_groups_dv_upd AFTER UPDATE ON peer_groups FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER peer_groups_dv_del AFTER DELETE ON peer_groups FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER peer_stats_dv_ins AFTER INSERT ON peer_stats FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER peer_stats_dv_upd AFTER UPDATE ON peer_stats FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER peer_stats_dv_del AFTER DELETE ON peer_stats FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER practice_aspects_dv_ins AFTER INSERT ON practice_aspects FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER practice_aspects_dv_upd AFTER UPDATE ON practice_aspects FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER practice_aspects_dv_del AFTER DELETE ON practice_aspects FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER practice_contacts_dv_ins AFTER INSERT ON practice_contacts FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER practice_contacts_dv_upd AFTER UPDATE ON practice_contacts FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER practice_contacts_dv_del AFTER DELETE ON practice_contacts FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER practice_links_dv_ins AFTER INSERT ON practice_links FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER practice_links_dv_upd AFTER UPDATE ON practice_links FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER practice_links_dv_del AFTER DELETE ON practice_links FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER practice_orgs_dv_ins AFTER INSERT ON practice_orgs FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER practice_orgs_dv_upd AFTER UPDATE ON practice_orgs FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER practice_orgs_dv_del AFTER DELETE ON practice_orgs FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER practice_revisions_dv_ins AFTER INSERT ON practice_revisions FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER practice_revisions_dv_upd AFTER UPDATE ON practice_revisions FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER practice_revisions_dv_del AFTER DELETE ON practice_revisions FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER practice_themes_dv_ins AFTER INSERT ON practice_themes FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER practice_themes_dv_upd AFTER UPDATE ON practice_themes FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER practice_themes_dv_del AFTER DELETE ON practice_themes FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER practices_dv_ins AFTER INSERT ON practices FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER practices_dv_upd AFTER UPDATE ON practices FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER practices_dv_del AFTER DELETE ON practices FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER questionnaires_dv_ins AFTER INSERT ON questionnaires FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER questionnaires_dv_upd AFTER UPDATE ON questionnaires FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER questionnaires_dv_del AFTER DELETE ON questionnaires FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER registrations_dv_ins AFTER INSERT ON registrations FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER registrations_dv_upd AFTER UPDATE ON registrations FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER registrations_dv_del AFTER DELETE ON registrations FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER round_sections_dv_ins AFTER INSERT ON round_sections FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER round_sections_dv_upd AFTER UPDATE ON round_sections FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER round_sections_dv_del AFTER DELETE ON round_sections FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER rounds_dv_ins AFTER INSERT ON rounds FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER rounds_dv_upd AFTER UPDATE ON rounds FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER rounds_dv_del AFTER DELETE ON rounds FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER scores_dv_ins AFTER INSERT ON scores FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER scores_dv_upd AFTER UPDATE ON scores FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER scores_dv_del AFTER DELETE ON scores FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER users_dv_ins AFTER INSERT ON users FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER users_dv_upd AFTER UPDATE ON users FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER users_dv_del AFTER DELETE ON users FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
