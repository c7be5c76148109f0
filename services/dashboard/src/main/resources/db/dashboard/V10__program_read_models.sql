-- Read models of the director's dashboard. Only ids, codes and timestamps. Clinicians and
-- supporters appear as keyed pseudonyms (an HMAC of the staff id), never as staff ids or names,
-- so distinct people can be counted for small-cell suppression without knowing who they are.

ALTER TABLE reported_event
    ADD COLUMN facility    text,
    ADD COLUMN harm        text,
    ADD COLUMN received_at timestamptz;

-- Who was involved in which event (an updated report re-announces the event with newcomers).
CREATE TABLE involvement (
    event_id text NOT NULL,
    person   text NOT NULL,
    PRIMARY KEY (event_id, person)
);

-- The case's own dimensions, from outreach.due.v1 and outreach.closed.v1. Offer, acceptance
-- and contact times are derived at query time from the facts below, so arrival order never
-- matters.
ALTER TABLE case_timeline
    ADD COLUMN person       text,
    ADD COLUMN facility     text,
    ADD COLUMN harm         text,
    ADD COLUMN respond_by   timestamptz,
    ADD COLUMN closed_at    timestamptz,
    ADD COLUMN close_reason text;

-- The compacted staff directory, reduced to what capacity and department groups need.
CREATE TABLE person_dimension (
    person              text        PRIMARY KEY,
    department          text,
    supporter           boolean     NOT NULL,
    trained             boolean     NOT NULL,
    training_expires_on date,
    active              boolean     NOT NULL,
    max_active          integer     NOT NULL,
    updated_at          timestamptz NOT NULL
);

CREATE TABLE assignment (
    offer_id    text        PRIMARY KEY,
    case_id     uuid        NOT NULL,
    supporter   text        NOT NULL,
    offered_at  timestamptz,
    accepted_at timestamptz,
    declined_at timestamptz,
    expired_at  timestamptz
);
CREATE INDEX assignment_case ON assignment (case_id);

-- One row per escalation event (keyed by its CloudEvent id).
CREATE TABLE escalation (
    escalation_id text        PRIMARY KEY,
    case_id       uuid        NOT NULL,
    reason        text        NOT NULL,
    escalated_at  timestamptz NOT NULL
);
CREATE INDEX escalation_case ON escalation (case_id);

CREATE TABLE unmatched (
    case_id uuid        NOT NULL,
    reason  text        NOT NULL,
    at      timestamptz NOT NULL,
    PRIMARY KEY (case_id, at)
);

CREATE TABLE follow_up (
    follow_up_id text        PRIMARY KEY,
    case_id      uuid        NOT NULL,
    trigger      text,
    facility     text,
    due_at       timestamptz,
    respond_by   timestamptz,
    done_at      timestamptz
);
CREATE INDEX follow_up_case ON follow_up (case_id);

-- The minimal outcome of a check-in: contact code and crisis flag. No needs, no content.
CREATE TABLE checkin (
    checkin_id   text        PRIMARY KEY,
    case_id      uuid        NOT NULL,
    follow_up_id text,
    contact      text        NOT NULL,
    crisis       boolean     NOT NULL,
    completed_at timestamptz NOT NULL
);
CREATE INDEX checkin_case ON checkin (case_id);

CREATE TABLE referral (
    referral_id text PRIMARY KEY,
    case_id     uuid,
    kind        text,
    facility    text,
    made_at     timestamptz,
    outcome     text,
    closed_at   timestamptz
);

CREATE TABLE crisis (
    crisis_id       text PRIMARY KEY,
    case_id         uuid,
    facility        text,
    raised_at       timestamptz,
    acknowledged_at timestamptz
);

CREATE TABLE milestone (
    milestone_id  text PRIMARY KEY,
    event_id      text NOT NULL,
    kind          text NOT NULL,
    scheduled_for timestamptz
);
