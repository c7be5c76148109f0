-- Matching engine: richer roster, training, availability, preferences, offer expiry and explanations.

-- Optional roster columns. Lists are stored as comma-joined codes; empty means none.
ALTER TABLE staff_member
    ADD COLUMN specialty           text,
    ADD COLUMN seniority           integer CHECK (seniority >= 0),
    ADD COLUMN languages           text NOT NULL DEFAULT '',
    ADD COLUMN identity_tags       text NOT NULL DEFAULT '',
    ADD COLUMN trained_on          date,
    ADD COLUMN training_expires_on date;

-- What supporters change themselves; kept apart so a roster import never undoes a pause.
CREATE TABLE supporter_state (
    staff_id   text        PRIMARY KEY,
    paused     boolean     NOT NULL,
    changed_at timestamptz NOT NULL
);

-- What staff.directory.v1 last said about trained/active, so a lapse is published once.
CREATE TABLE directory_publication (
    staff_id     text        PRIMARY KEY,
    trained      boolean     NOT NULL,
    active       boolean     NOT NULL,
    published_at timestamptz NOT NULL
);

CREATE TABLE training_record (
    id          uuid        PRIMARY KEY,
    staff_id    text        NOT NULL,
    kind        text        NOT NULL,
    completed_on date       NOT NULL,
    expires_on  date,
    recorded_at timestamptz NOT NULL
);
CREATE INDEX training_record_by_staff ON training_record (staff_id, kind);

-- Weekly windows and on-call slots, as JSON arrays; the zone applies to the windows.
CREATE TABLE availability (
    staff_id   text        PRIMARY KEY,
    zone       text        NOT NULL,
    windows    text        NOT NULL,
    on_call    text        NOT NULL,
    updated_at timestamptz NOT NULL
);

-- What a clinician chose to state about their match; codes only, no free text.
CREATE TABLE clinician_preference (
    staff_id             text        PRIMARY KEY,
    languages            text        NOT NULL,
    identity_preferences text        NOT NULL,
    department_choice    text        NOT NULL,
    updated_at           timestamptz NOT NULL
);

ALTER TABLE match_request
    ADD COLUMN facility      text,
    ADD COLUMN high_impact   boolean NOT NULL DEFAULT false,
    ADD COLUMN respond_by    timestamptz,
    ADD COLUMN failed_offers integer NOT NULL DEFAULT 0;

ALTER TABLE offer ADD COLUMN expires_at timestamptz;
CREATE INDEX offer_by_case ON offer (case_id);

-- Why an offer went to its supporter: rule names and score terms, never clinician data.
CREATE TABLE offer_explanation (
    offer_id    uuid  PRIMARY KEY REFERENCES offer (id),
    explanation jsonb NOT NULL
);
