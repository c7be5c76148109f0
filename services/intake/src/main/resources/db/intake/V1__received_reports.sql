-- Reports received from risk-management systems. Only the idempotency key, a hash of the payload
-- and the minimized event are kept: never the patient, never the narrative.
CREATE TABLE received_report (
    id              uuid        PRIMARY KEY,
    source          text        NOT NULL,
    report_id       text        NOT NULL,
    payload_hash    text        NOT NULL,
    status          text        NOT NULL,
    minimized_event text        NOT NULL,
    received_at     timestamptz NOT NULL,
    CONSTRAINT received_report_key UNIQUE (source, report_id)
);
