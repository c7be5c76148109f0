-- Entries to publish again on staff.directory.v1, once each, by the directory's standing timer (TrainingLapses).
-- Matching publishes an entry only when it changes, so consumers that began storing more of an entry (outreach's
-- campaigns: supporter, trained, maxActive and startedOn, its V45) would otherwise never learn them for people the
-- roster does not touch again, and a campaign paced by supporter capacity would find none.
CREATE TABLE directory_republication (
    staff_id text PRIMARY KEY
);
INSERT INTO directory_republication (staff_id) SELECT staff_id FROM staff_member ON CONFLICT DO NOTHING;
