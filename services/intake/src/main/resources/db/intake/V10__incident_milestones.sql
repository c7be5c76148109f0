-- Later steps of a reported incident (RCA, peer review, disclosure meeting, claim). Only the
-- platform's event id, the kind and the date: never a narrative. A retry of the same milestone
-- finds its row and publishes nothing new.
CREATE TABLE incident_milestone (
    id            uuid        PRIMARY KEY,
    event_id      uuid        NOT NULL REFERENCES received_report (id),
    kind          text        NOT NULL,
    scheduled_for timestamptz NOT NULL,
    received_at   timestamptz NOT NULL,
    CONSTRAINT incident_milestone_once UNIQUE (event_id, kind, scheduled_for)
);
