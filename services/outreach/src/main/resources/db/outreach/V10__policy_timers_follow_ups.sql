-- What the timing policy needs to know about a case, and how it ended.
ALTER TABLE outreach_case ADD COLUMN facility text;
ALTER TABLE outreach_case ADD COLUMN unit text;
ALTER TABLE outreach_case ADD COLUMN high_impact boolean NOT NULL DEFAULT false;
ALTER TABLE outreach_case ADD COLUMN window_ends_at timestamptz;
ALTER TABLE outreach_case ADD COLUMN announced_at timestamptz;
ALTER TABLE outreach_case ADD COLUMN close_reason text;
ALTER TABLE outreach_case ADD COLUMN closed_at timestamptz;
UPDATE outreach_case SET window_ends_at = due_at, announced_at = due_at;
ALTER TABLE outreach_case ALTER COLUMN window_ends_at SET NOT NULL;
CREATE INDEX case_event_event_id ON case_event (event_id);

-- The outreach policy: every version is kept; the highest version per facility is in force.
-- The empty facility '' is the default used by facilities without a policy of their own.
CREATE TABLE outreach_policy (
    facility   text        NOT NULL,
    version    int         NOT NULL,
    document   jsonb       NOT NULL,
    changed_by text        NOT NULL,
    changed_at timestamptz NOT NULL,
    PRIMARY KEY (facility, version)
);

-- Who changed which policy when, with the whole policy before and after.
CREATE TABLE outreach_policy_audit (
    id         uuid        PRIMARY KEY,
    facility   text        NOT NULL,
    version    int         NOT NULL,
    actor      text        NOT NULL,
    changed_at timestamptz NOT NULL,
    before     jsonb,
    after      jsonb       NOT NULL
);
CREATE INDEX outreach_policy_audit_facility ON outreach_policy_audit (facility, changed_at);

-- A clinician's own wishes. Opt-out is honoured at once and every change is recorded.
CREATE TABLE clinician_preferences (
    staff_id      text        PRIMARY KEY,
    contact_from  time,
    contact_until time,
    time_zone     text,
    channel       text        NOT NULL,
    opted_out     boolean     NOT NULL,
    updated_at    timestamptz NOT NULL
);
CREATE TABLE clinician_preferences_change (
    id         uuid        PRIMARY KEY,
    staff_id   text        NOT NULL,
    opted_out  boolean     NOT NULL,
    channel    text        NOT NULL,
    changed_by text        NOT NULL,
    changed_at timestamptz NOT NULL
);

-- The latest shift a clinician worked, from the roster feed or API.
CREATE TABLE clinician_shift (
    staff_id        text        PRIMARY KEY,
    last_shift_end  timestamptz NOT NULL,
    night_shift     boolean     NOT NULL,
    updated_at      timestamptz NOT NULL
);

-- What outreach keeps of the staff directory: enough for eligibility and a salutation.
CREATE TABLE staff_profile (
    staff_id   text        PRIMARY KEY,
    name       text,
    role       text,
    department text,
    active     boolean     NOT NULL,
    updated_at timestamptz NOT NULL
);

-- Follow-ups of a case: fixed offsets after a first contact, requested ones, and milestones.
CREATE TABLE follow_up (
    id           uuid        PRIMARY KEY,
    case_id      uuid        NOT NULL REFERENCES outreach_case (id),
    staff_id     text        NOT NULL,
    trigger      text        NOT NULL,
    source_id    text,
    due_at       timestamptz NOT NULL,
    respond_by   timestamptz NOT NULL,
    status       text        NOT NULL,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL
);
CREATE INDEX follow_up_case ON follow_up (case_id);
-- A milestone schedules one follow-up per clinician, however often it is redelivered.
CREATE UNIQUE INDEX follow_up_once_per_source ON follow_up (case_id, trigger, source_id) WHERE source_id IS NOT NULL;

-- Every escalation, so the worklist shows each reason until it is resolved.
CREATE TABLE escalation (
    id           uuid        PRIMARY KEY,
    case_id      uuid        NOT NULL REFERENCES outreach_case (id),
    staff_id     text        NOT NULL,
    reason       text        NOT NULL,
    escalated_at timestamptz NOT NULL,
    resolved_at  timestamptz
);
CREATE INDEX escalation_open ON escalation (case_id) WHERE resolved_at IS NULL;

-- A team debrief is proposed once per event.
CREATE TABLE team_debrief (
    event_id    text        PRIMARY KEY,
    case_id     uuid        NOT NULL,
    involved    int         NOT NULL,
    proposed_at timestamptz NOT NULL
);

-- Invitation wording per facility ('' = default) and channel.
CREATE TABLE invitation_template (
    facility   text        NOT NULL,
    channel    text        NOT NULL,
    subject    text        NOT NULL,
    body       text        NOT NULL,
    changed_by text        NOT NULL,
    changed_at timestamptz NOT NULL,
    PRIMARY KEY (facility, channel)
);

-- db-scheduler's table: every timer is a row, written in the transaction of the change that needs it.
CREATE TABLE scheduled_tasks (
    task_name            text                     NOT NULL,
    task_instance        text                     NOT NULL,
    task_data            bytea,
    execution_time       timestamp with time zone NOT NULL,
    picked               boolean                  NOT NULL,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint                   NOT NULL,
    priority             smallint,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX scheduled_tasks_execution_time ON scheduled_tasks (execution_time);
CREATE INDEX scheduled_tasks_last_heartbeat ON scheduled_tasks (last_heartbeat);
CREATE INDEX scheduled_tasks_priority_execution_time ON scheduled_tasks (priority DESC, execution_time ASC);
