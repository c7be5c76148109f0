-- Platform tables, created in every service's own schema.

-- Events waiting to be relayed to Kafka. A row is written in the same transaction as the state
-- change it announces, and deleted once Kafka has acknowledged it.
CREATE TABLE outbox_message (
    seq         bigserial   PRIMARY KEY,
    event_id    uuid        NOT NULL UNIQUE,
    topic       text        NOT NULL,
    message_key text        NOT NULL,
    envelope    text        NOT NULL,
    created_at  timestamptz NOT NULL
);

-- Events a consumer has already applied, keyed by the CloudEvent id, so redeliveries are no-ops.
CREATE TABLE processed_event (
    consumer     text        NOT NULL,
    event_id     text        NOT NULL,
    processed_at timestamptz NOT NULL,
    PRIMARY KEY (consumer, event_id)
);
