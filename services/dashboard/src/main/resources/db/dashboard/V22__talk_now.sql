-- Clinicians who asked to talk now: when and where only, never who.
CREATE TABLE talk_now (
    request_id   text        PRIMARY KEY,
    facility     text,
    requested_at timestamptz NOT NULL
);
