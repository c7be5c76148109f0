-- A tombstone (a record with a key and no value) deletes its key from a compacted topic. The
-- outbox carries one as a row without an envelope (Outbox.tombstone). Repeatable and safe to run
-- again, so it needs no version number among the services' own and reaches existing schemas too.
ALTER TABLE outbox_message ALTER COLUMN envelope DROP NOT NULL;
