-- What a clinician chose when they asked for a check-in themselves: codes only. No reason is asked
-- for, so there is none to keep.
CREATE TABLE case_preferences (
    case_id    uuid        PRIMARY KEY REFERENCES outreach_case (id),
    department text,
    same_role  boolean     NOT NULL,
    language   text,
    channel    text,
    updated_at timestamptz NOT NULL
);

-- A colleague who referred the clinician and chose to be named (the invitation says so). A referrer
-- who did not choose to be named leaves no row here, nor anywhere else.
CREATE TABLE case_referrer (
    case_id           uuid        NOT NULL REFERENCES outreach_case (id),
    referrer_staff_id text        NOT NULL,
    named_at          timestamptz NOT NULL,
    PRIMARY KEY (case_id, referrer_staff_id)
);

-- Referrals made per referrer per day, so that nobody floods colleagues with outreach: a one-way
-- pseudonym of the referrer and a day, never the colleague, the case or a time of day. Rows of past
-- days are deleted as new ones are counted.
CREATE TABLE referral_quota (
    referrer text NOT NULL,
    day      date NOT NULL,
    used     int  NOT NULL,
    PRIMARY KEY (referrer, day)
);
