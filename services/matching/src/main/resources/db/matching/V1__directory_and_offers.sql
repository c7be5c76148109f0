-- The staff directory: clinicians and supporters. Imported from CSV, shared on staff.directory.v1.
CREATE TABLE staff_member (
    staff_id      text        PRIMARY KEY,
    name          text        NOT NULL,
    email         text,
    department    text,
    role          text,
    supervisor_id text,
    supporter     boolean     NOT NULL,
    trained       boolean     NOT NULL,
    max_active    integer     NOT NULL CHECK (max_active >= 0),
    updated_at    timestamptz NOT NULL
);

-- A case that needs a supporter, kept so that a decline can be re-offered without outreach.
CREATE TABLE match_request (
    case_id            uuid        PRIMARY KEY,
    staff_id           text        NOT NULL,
    excluded_staff_ids text        NOT NULL,
    status             text        NOT NULL,
    reason             text,
    updated_at         timestamptz NOT NULL
);

CREATE TABLE offer (
    id           uuid        PRIMARY KEY,
    case_id      uuid        NOT NULL REFERENCES match_request (case_id),
    staff_id     text        NOT NULL,
    supporter_id text        NOT NULL,
    status       text        NOT NULL,
    offered_at   timestamptz NOT NULL,
    answered_at  timestamptz
);
-- At most one offer per case is live at a time.
CREATE UNIQUE INDEX offer_one_live_per_case ON offer (case_id) WHERE status IN ('OFFERED', 'ACCEPTED');
CREATE INDEX offer_by_supporter ON offer (supporter_id, status);
