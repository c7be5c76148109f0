-- A team debrief from proposal to outcome (docs/outreach.md, "Team debriefs"). The row stays
-- keyed by the event (one debrief per event); debrief_id is the id the API and the topics use,
-- so no event id needs to leave the service with it. Codes and counts only: no free text.
ALTER TABLE team_debrief
    ADD COLUMN debrief_id          uuid,
    ADD COLUMN facility            text,
    ADD COLUMN status              text,
    ADD COLUMN starts_at           timestamptz,
    ADD COLUMN place               text CHECK (place ~ '^[A-Za-z0-9 .,''()/#&-]{1,80}$'),
    ADD COLUMN video_link          text CHECK (video_link ~ '^https://[^[:space:]]+$' AND length(video_link) <= 500),
    ADD COLUMN facilitators_wanted int  CHECK (facilitators_wanted BETWEEN 1 AND 2),
    ADD COLUMN scheduled_by        text,
    ADD COLUMN scheduled_at        timestamptz,
    -- comma-joined staff ids of the facilitators matching chose
    ADD COLUMN facilitators        text,
    ADD COLUMN matched_at          timestamptz,
    ADD COLUMN held                boolean,
    ADD COLUMN attended            int  CHECK (attended >= 0),
    -- comma-joined NeedCode values
    ADD COLUMN needs               text CHECK (needs ~ '^([A-Z_]+(,[A-Z_]+)*)?$'),
    ADD COLUMN recorded_by         text,
    ADD COLUMN recorded_at         timestamptz;

UPDATE team_debrief SET debrief_id = gen_random_uuid(), status = 'PROPOSED' WHERE debrief_id IS NULL;
UPDATE team_debrief d SET facility = c.facility FROM outreach_case c WHERE c.id = d.case_id;

ALTER TABLE team_debrief
    ALTER COLUMN debrief_id SET NOT NULL,
    ALTER COLUMN status SET NOT NULL,
    ADD CONSTRAINT team_debrief_status CHECK (status IN ('PROPOSED', 'SCHEDULED', 'STAFFED', 'UNSTAFFED', 'HELD', 'NOT_HELD')),
    ADD CONSTRAINT team_debrief_one_place CHECK (status IN ('PROPOSED') OR (place IS NULL) <> (video_link IS NULL));
CREATE UNIQUE INDEX team_debrief_id ON team_debrief (debrief_id);
CREATE INDEX team_debrief_by_status ON team_debrief (status, proposed_at);
