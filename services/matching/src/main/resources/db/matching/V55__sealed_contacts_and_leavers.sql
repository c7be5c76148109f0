-- Crypto-shredding (docs/privacy.md): name and email now hold values sealed with the person's key
-- (platform/shredding, "ps1:..."); rows written before read as they are until rewritten. Queue
-- every member for one republication (V46's queue and timer): publishing seals the stored row
-- first, so the migration job both seals matching's rows and replaces the plain entries on the
-- compacted staff.directory.v1 (and outreach's copies) with sealed ones.
INSERT INTO directory_republication (staff_id) SELECT staff_id FROM staff_member ON CONFLICT DO NOTHING;

-- A leaver (the roster's optional leftOn column): the row stays, inactive, with their name and
-- e-mail shredded; the directory topic gets a tombstone for them.
ALTER TABLE staff_member ADD COLUMN left_on date;
