-- A clinician who asks to talk now raises a crisis themselves: no supporter raised it. checkin_id then
-- holds the id of their request, which is as unique as a check-in's.
ALTER TABLE crisis ALTER COLUMN supporter_id DROP NOT NULL;
