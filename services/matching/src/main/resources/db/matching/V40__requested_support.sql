-- What a clinician chose when they asked for a check-in themselves (outreach.due.v1 "preferences"):
-- codes only. Matching ranks supporters by them; it never refuses a case because of them.
CREATE TABLE requested_support (
    case_id    uuid        PRIMARY KEY,
    department text,
    same_role  boolean     NOT NULL,
    language   text,
    channel    text,
    updated_at timestamptz NOT NULL
);
