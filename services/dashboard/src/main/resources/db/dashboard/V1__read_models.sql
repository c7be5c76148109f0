-- Aggregate read models only: counters and per-case timings. No names, no staff ids.
CREATE TABLE figure (
    name  text   PRIMARY KEY,
    value bigint NOT NULL
);

CREATE TABLE case_timeline (
    case_id           uuid        PRIMARY KEY,
    first_received_at timestamptz,
    first_offered_at  timestamptz,
    last_offered_at   timestamptz,
    escalated_at      timestamptz
);
