-- What stays of a purged or erased case for its supporter (docs/matching.md, "Retention and erasure"):
-- when they took it on and whether it was high-impact, so fatigue and cool-down still count it while
-- either rule looks back that far. Neither the clinician nor the case is in it.
CREATE TABLE supporter_case_tally (
    supporter_id text        NOT NULL,
    accepted_at  timestamptz NOT NULL,
    high_impact  boolean     NOT NULL
);
CREATE INDEX supporter_case_tally_by_supporter ON supporter_case_tally (supporter_id, accepted_at);
