-- What campaigns need from the staff directory: the start date cohorts select by, and the supporters'
-- capacity that a campaign paced "as capacity allows" fills. Profiles stored before these columns get them
-- with the next directory entry.
ALTER TABLE staff_profile ADD COLUMN started_on date;
ALTER TABLE staff_profile ADD COLUMN supporter boolean NOT NULL DEFAULT false;
ALTER TABLE staff_profile ADD COLUMN trained boolean NOT NULL DEFAULT false;
ALTER TABLE staff_profile ADD COLUMN max_active integer NOT NULL DEFAULT 0;

-- A campaign: routine check-ins for a cohort at a known stress point. The definition is the validated
-- document as the administrator sent it (normalised); the columns beside it are what queries select by.
CREATE TABLE campaign (
    id           uuid        PRIMARY KEY,
    name         text        NOT NULL,
    facility     text,
    kind         text        NOT NULL,
    status       text        NOT NULL,
    opens_at     timestamptz NOT NULL,
    definition   jsonb       NOT NULL,
    next_tick_at timestamptz,
    created_by   text        NOT NULL,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL
);
CREATE INDEX campaign_kind ON campaign (kind);

-- Each member of a campaign's cohort, once per campaign however often the directory or a trigger names
-- them: when they become due, and what the campaign did (opened a case, joined their open case, or
-- counted them without contact because they opted out or are outside the program's scope).
CREATE TABLE campaign_member (
    campaign_id uuid        NOT NULL REFERENCES campaign (id),
    staff_id    text        NOT NULL,
    eligible_at timestamptz NOT NULL,
    outcome     text,
    case_id     uuid,
    added_at    timestamptz NOT NULL,
    acted_at    timestamptz,
    PRIMARY KEY (campaign_id, staff_id)
);
CREATE INDEX campaign_member_waiting ON campaign_member (campaign_id, eligible_at) WHERE outcome IS NULL;
CREATE INDEX campaign_member_case ON campaign_member (case_id) WHERE case_id IS NOT NULL;
