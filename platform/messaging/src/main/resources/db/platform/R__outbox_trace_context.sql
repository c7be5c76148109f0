-- The W3C trace context (`traceparent`) of the request or consumer that wrote the row, so the relay
-- publishes the event as part of the writer's trace and not of its own poll (docs/observability.md).
-- Nullable: a row written outside any trace, or before this column existed, is sent without one.
-- Repeatable and safe to run again, like R__outbox_tombstones: it needs no version number among the
-- services' own and reaches existing schemas too.
ALTER TABLE outbox_message ADD COLUMN IF NOT EXISTS traceparent text;
