-- Team debriefs as matching knows them (docs/matching.md, "Team debrief facilitators"): when and
-- where, for the invitations, and who facilitates. Who was involved is used to choose and then
-- forgotten: it is not stored here.
CREATE TABLE debrief (
    debrief_id          uuid        PRIMARY KEY,
    facility            text,
    starts_at           timestamptz NOT NULL,
    place               text,
    video_link          text,
    facilitators_wanted int         NOT NULL CHECK (facilitators_wanted BETWEEN 1 AND 2),
    status              text        NOT NULL CHECK (status IN ('STAFFED', 'UNSTAFFED', 'RECORDED')),
    matched_at          timestamptz NOT NULL
);

-- A facilitation takes one of the supporter's capacity until its outcome is recorded.
CREATE TABLE debrief_facilitator (
    debrief_id   uuid    NOT NULL REFERENCES debrief (debrief_id),
    supporter_id text    NOT NULL,
    active       boolean NOT NULL,
    PRIMARY KEY (debrief_id, supporter_id)
);
CREATE INDEX debrief_facilitator_active ON debrief_facilitator (supporter_id) WHERE active;

-- The e-mail queue also carries debrief invitations (to everyone invited) and facilitation
-- notices; supporter_id is then the recipient, and a debrief has no offer.
ALTER TABLE supporter_notification
    ALTER COLUMN offer_id DROP NOT NULL,
    ADD COLUMN debrief_id uuid,
    DROP CONSTRAINT supporter_notification_kind_check,
    ADD CONSTRAINT supporter_notification_kind_check
        CHECK (kind IN ('OFFER', 'FOLLOW_UP', 'DEBRIEF_INVITATION', 'DEBRIEF_FACILITATION'));
CREATE UNIQUE INDEX supporter_notification_debrief_once
    ON supporter_notification (kind, debrief_id, supporter_id) WHERE debrief_id IS NOT NULL;
