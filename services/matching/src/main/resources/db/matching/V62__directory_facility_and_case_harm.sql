-- The console (issue 13). Each member of staff may name the facility they work at (the roster's
-- optional facility column): a facility-limited administrator browses only their facilities'
-- people. Each case keeps the harm level outreach sent with it, so the manual-assignment page can
-- say how serious the event was (a level, never anything about the event itself).
ALTER TABLE staff_member ADD COLUMN facility text;
CREATE INDEX staff_member_facility ON staff_member (facility);
ALTER TABLE match_request ADD COLUMN harm_level text;
