-- What started each case (INCIDENT, SELF_REQUEST, COLLEAGUE_REFERRAL, TEAM, CAMPAIGN), so reach can be
-- counted by source; cases seen before outreach carried it are incident cases.
ALTER TABLE case_timeline ADD COLUMN source text;

-- Clinicians who asked to talk now: when and where only, never who.
CREATE TABLE talk_now (
    request_id   text        PRIMARY KEY,
    facility     text,
    requested_at timestamptz NOT NULL
);
