-- db-scheduler's table (its PostgreSQL layout): every service's durable timers, in the service's own schema.
--
-- The one place this table is defined. DurableTimersAutoConfiguration adds this location
-- (classpath:db/timers) to the Flyway locations of every service that has timers, so the migration
-- runs in the service's schema and is recorded in its ordinary history table.
--
-- It is a repeatable migration written to be idempotent, because it must work on two kinds of database:
-- - a fresh schema: Flyway runs every versioned migration first, then this one creates the table;
-- - an existing schema, where an older versioned migration of the service already created the table
--   (matching V11, outreach V10, referral V13): this one is recorded once and changes nothing.
-- Those older migrations stay as they were applied (editing them would break Flyway's checksums), and on
-- a fresh schema they still create the table before this runs; no new service writes one.
-- A later change to the layout goes here as idempotent statements (ADD COLUMN IF NOT EXISTS, …): the
-- changed checksum makes Flyway run this file again on every schema.
-- On an existing schema each IF NOT EXISTS says "already exists, skipping" as a NOTICE, which Flyway logs as a
-- warning at every start; this migration's transaction keeps those to itself.
SET LOCAL client_min_messages = warning;
CREATE TABLE IF NOT EXISTS scheduled_tasks (
    task_name            text                     NOT NULL,
    task_instance        text                     NOT NULL,
    task_data            bytea,
    execution_time       timestamp with time zone NOT NULL,
    picked               boolean                  NOT NULL,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures integer,
    last_heartbeat       timestamp with time zone,
    version              bigint                   NOT NULL,
    priority             smallint,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX IF NOT EXISTS execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX IF NOT EXISTS last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX IF NOT EXISTS priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time ASC);
