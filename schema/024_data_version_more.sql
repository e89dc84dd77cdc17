-- The data version (019_data_version.sql) also counts the tables that
-- came beside it: a monitor year's dates and reminders (the deadline on
-- the home page and the monitor's pages), the stemmed words of practices
-- (the library's search results), the information pages' texts and the
-- advice conversations. Each gets the same three triggers.
CREATE OR REPLACE TRIGGER monitor_years_dv_ins AFTER INSERT ON monitor_years FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER monitor_years_dv_upd AFTER UPDATE ON monitor_years FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER monitor_years_dv_del AFTER DELETE ON monitor_years FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER practice_terms_dv_ins AFTER INSERT ON practice_terms FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER practice_terms_dv_upd AFTER UPDATE ON practice_terms FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER practice_terms_dv_del AFTER DELETE ON practice_terms FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER info_revisions_dv_ins AFTER INSERT ON info_revisions FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER info_revisions_dv_upd AFTER UPDATE ON info_revisions FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER info_revisions_dv_del AFTER DELETE ON info_revisions FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER advice_messages_dv_ins AFTER INSERT ON advice_messages FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER advice_messages_dv_upd AFTER UPDATE ON advice_messages FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
CREATE OR REPLACE TRIGGER advice_messages_dv_del AFTER DELETE ON advice_messages FOR EACH ROW
  UPDATE data_version SET version = version + 1 WHERE id = 1;
