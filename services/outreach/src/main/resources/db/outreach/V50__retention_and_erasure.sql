-- Retention and erasure (docs/privacy.md, "Retention").

-- A campaign member whose case was purged keeps what the campaign's progress counted, frozen here,
-- because the case it joined against is gone; its staff id becomes a random pseudonym. Null while
-- the case still exists (progress reads the case then).
ALTER TABLE campaign_member ADD COLUMN offered boolean;
ALTER TABLE campaign_member ADD COLUMN accepted boolean;
ALTER TABLE campaign_member ADD COLUMN reached boolean;
ALTER TABLE campaign_member ADD COLUMN declined boolean;

-- An erasure asked with an Idempotency-Key: the same key answers the same erasure, however often it is
-- sent. The person is kept only as a digest, to refuse the key for someone else, and only for a day.
CREATE TABLE erasure_request (
    idempotency_key text        PRIMARY KEY,
    erasure_id      uuid        NOT NULL,
    staff_digest    text        NOT NULL,
    requested_at    timestamptz NOT NULL
);
CREATE INDEX erasure_request_requested_at ON erasure_request (requested_at);

-- Cases closed before retention existed get their purge timer now, 30 days (the built-in retention)
-- after they closed; the timer reads the facility's policy when it fires and waits longer if the
-- policy says so. A timer already there is left alone, so the migration is safe on any schema.
INSERT INTO scheduled_tasks (task_name, task_instance, task_data, execution_time, picked, version)
SELECT 'outreach-case-retention', id::text, NULL, closed_at + interval '30 days', false, 1
FROM outreach_case
WHERE status = 'CLOSED' AND closed_at IS NOT NULL
ON CONFLICT (task_name, task_instance) DO NOTHING;
