-- Referrals made at check-ins, with the clinician's consent. Ids and codes only: no free text, no
-- clinical details.
CREATE TABLE referral (
    id            text        PRIMARY KEY,
    checkin_id    text        NOT NULL,
    case_id       text        NOT NULL,
    staff_id      text        NOT NULL,
    kind          text        NOT NULL,
    resource_code text,
    facility      text,
    status        text        NOT NULL,
    outcome       text,
    made_at       timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    follow_up_at  timestamptz NOT NULL,
    close_by      timestamptz NOT NULL,
    follow_up_due boolean     NOT NULL,
    closed_at     timestamptz,
    -- One referral per kind per check-in, however often the check-in is delivered.
    UNIQUE (checkin_id, kind)
);

CREATE INDEX referral_staff_idx ON referral (staff_id);
CREATE INDEX referral_due_idx ON referral (follow_up_due) WHERE follow_up_due;

-- Referral codes named without consent are counted, never stored per clinician.
CREATE TABLE unconsented_referral_count (
    kind  text   PRIMARY KEY,
    count bigint NOT NULL
);
