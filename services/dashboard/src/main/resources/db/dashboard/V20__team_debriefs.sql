-- Team debriefs, for evaluation: ids, times, counts and codes only (no staff ids: facilitators
-- and the team are counted, never named). Topics arrive in any order, so every column is set
-- by the event that knows it.
CREATE TABLE team_debrief (
    debrief_id           uuid PRIMARY KEY,
    facility             text,
    scheduled_at         timestamptz,
    starts_at            timestamptz,
    invited              int,
    facilitators_wanted  int,
    facilitators_matched int,
    matched_at           timestamptz,
    held                 boolean,
    attended             int,
    needs                text,
    recorded_at          timestamptz
);
