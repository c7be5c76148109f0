-- One outreach case per clinician while it is open, however many events they were involved in.
CREATE TABLE outreach_case (
    id                uuid        PRIMARY KEY,
    staff_id          text        NOT NULL,
    status            text        NOT NULL,
    harm              text        NOT NULL,
    first_received_at timestamptz NOT NULL,
    due_at            timestamptz NOT NULL,
    offered_at        timestamptz,
    supporter_id      text,
    attention_reason  text,
    opened_at         timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL
);
CREATE UNIQUE INDEX outreach_case_one_open_per_clinician ON outreach_case (staff_id) WHERE status <> 'CLOSED';
CREATE INDEX outreach_case_status ON outreach_case (status);

-- The events coalesced into a case, and who else was involved in each (never the supporter).
CREATE TABLE case_event (
    id          uuid        PRIMARY KEY,
    case_id     uuid        NOT NULL REFERENCES outreach_case (id),
    event_id    text        NOT NULL,
    role        text        NOT NULL,
    co_involved text        NOT NULL,
    added_at    timestamptz NOT NULL,
    CONSTRAINT case_event_once UNIQUE (case_id, event_id)
);
