-- The minimal record of a check-in. No column can hold words: needs and referrals are lists
-- of code names, checked here as well as in the application, and the follow-up id must name
-- a follow-up that outreach announced.
CREATE TABLE checkin (
    id               uuid        PRIMARY KEY,
    offer_id         uuid        NOT NULL,
    case_id          uuid        NOT NULL,
    staff_id         text        NOT NULL,
    supporter_id     text        NOT NULL,
    follow_up_id     text,
    contact          text        NOT NULL CHECK (contact IN ('REACHED', 'NOT_REACHED', 'DECLINED')),
    needs            text        NOT NULL CHECK (needs ~ '^([A-Z_]+(,[A-Z_]+)*)?$'),
    referrals        text        NOT NULL CHECK (referrals ~ '^([A-Z_]+(,[A-Z_]+)*)?$'),
    referral_consent boolean     NOT NULL,
    crisis           boolean     NOT NULL,
    follow_up_wanted boolean     NOT NULL,
    facility         text,
    completed_at     timestamptz NOT NULL
);
CREATE INDEX checkin_by_offer ON checkin (offer_id, completed_at);

-- The facility of each case, from outreach.due.v1.
CREATE TABLE case_facility (
    case_id    uuid        PRIMARY KEY,
    facility   text,
    updated_at timestamptz NOT NULL
);

-- Follow-ups announced on outreach.follow-up-due.v1.
CREATE TABLE follow_up (
    follow_up_id text        PRIMARY KEY,
    case_id      uuid        NOT NULL,
    due_at       timestamptz NOT NULL,
    respond_by   timestamptz NOT NULL
);
CREATE INDEX follow_up_by_case ON follow_up (case_id, due_at);

ALTER TABLE checkin ADD CONSTRAINT checkin_follow_up_known
    FOREIGN KEY (follow_up_id) REFERENCES follow_up (follow_up_id);
