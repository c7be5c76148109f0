-- Recognition of supporters (the console's RECOGNITION section): that a supporter recorded a
-- check-in, and when, and nothing else. No case, no clinician, no outcome: check-ins
-- themselves go with their case's purge and after the supporter-side retention, but what a
-- supporter gave the program is still counted at the yearly celebration.
CREATE TABLE supporter_checkin_tally (
    supporter_id text        NOT NULL,
    completed_at timestamptz NOT NULL
);
CREATE INDEX supporter_checkin_tally_by_time ON supporter_checkin_tally (completed_at, supporter_id);

-- Check-ins recorded before this migration count too.
INSERT INTO supporter_checkin_tally (supporter_id, completed_at)
SELECT supporter_id, completed_at FROM checkin;

-- A supporter's own choice not to be named in the program's recognition; no row means
-- listed (the issue: a supporter can choose not to be listed).
CREATE TABLE supporter_recognition_choice (
    staff_id   text        PRIMARY KEY,
    listed     boolean     NOT NULL,
    changed_at timestamptz NOT NULL
);

-- A pause may end on a day the supporter or the administrator chose: the last day paused.
ALTER TABLE supporter_state ADD COLUMN paused_until date;
