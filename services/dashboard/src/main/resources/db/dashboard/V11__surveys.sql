-- Program evaluation surveys. Answers are keyed by a pseudonymous respondent code that the
-- program hands out, never by a staff id, and these tables join nothing that holds one.
-- The only text is the program's own survey and item wording; respondents give numbers only.
CREATE TABLE survey (
    code       text        PRIMARY KEY,
    title      text        NOT NULL,
    population text        NOT NULL,
    created_at timestamptz NOT NULL
);

CREATE TABLE survey_item (
    survey_code text    NOT NULL REFERENCES survey (code),
    item_code   text    NOT NULL,
    position    integer NOT NULL,
    wording     text    NOT NULL,
    scale       text    NOT NULL,
    min_value   integer NOT NULL,
    max_value   integer NOT NULL,
    reverse     boolean NOT NULL,
    PRIMARY KEY (survey_code, item_code)
);

-- Submission day only (no time of day), so a response cannot be lined up with a check-in.
CREATE TABLE survey_response (
    response_id  uuid PRIMARY KEY,
    survey_code  text NOT NULL REFERENCES survey (code),
    respondent   text NOT NULL,
    phase        text NOT NULL,
    submitted_on date NOT NULL,
    UNIQUE (survey_code, respondent, phase)
);

CREATE TABLE survey_answer (
    response_id uuid    NOT NULL REFERENCES survey_response (response_id),
    item_code   text    NOT NULL,
    value       integer NOT NULL,
    PRIMARY KEY (response_id, item_code)
);

-- Two short forms the program starts with (its own wording, after the SVEST dimensions and
-- the peer-supporter study's measures; not the validated instruments' items).
INSERT INTO survey (code, title, population, created_at) VALUES
    ('svest-short', 'Clinician short form (SVEST dimensions)', 'CLINICIAN', '2026-01-01T00:00:00Z'),
    ('supporter-readiness', 'Peer supporter readiness', 'SUPPORTER', '2026-01-01T00:00:00Z');

INSERT INTO survey_item (survey_code, item_code, position, wording, scale, min_value, max_value, reverse) VALUES
    ('svest-short', 'psy-1', 1, 'Since the event I have felt distressed or on edge.', 'psychological-distress', 1, 5, false),
    ('svest-short', 'psy-2', 2, 'I keep going over what happened.', 'psychological-distress', 1, 5, false),
    ('svest-short', 'phy-1', 3, 'I have had trouble sleeping or physical symptoms.', 'physical-distress', 1, 5, false),
    ('svest-short', 'col-1', 4, 'My colleagues have been supportive.', 'colleague-support', 1, 5, false),
    ('svest-short', 'sup-1', 5, 'My supervisor has been supportive.', 'supervisor-support', 1, 5, false),
    ('svest-short', 'ins-1', 6, 'My organisation cares about staff after events like this.', 'institutional-support', 1, 5, false),
    ('svest-short', 'eff-1', 7, 'I feel confident in my clinical abilities.', 'professional-self-efficacy', 1, 5, false),
    ('svest-short', 'tur-1', 8, 'I have thought about leaving my job.', 'turnover-intentions', 1, 5, false),
    ('supporter-readiness', 'emp-1', 1, 'I can sense how a colleague feels after an event.', 'empathy', 1, 5, false),
    ('supporter-readiness', 'emp-2', 2, 'I find it hard to listen without giving advice.', 'empathy', 1, 5, true),
    ('supporter-readiness', 'eff-1', 3, 'I know what to say to a colleague after an adverse event.', 'self-efficacy', 1, 5, false),
    ('supporter-readiness', 'eff-2', 4, 'I know when and how to refer a colleague on.', 'self-efficacy', 1, 5, false),
    ('supporter-readiness', 'stg-1', 5, 'Clinicians who need support after an error are weaker.', 'stigma', 1, 5, false),
    ('supporter-readiness', 'stg-2', 6, 'Asking for help would hurt a colleague''s reputation.', 'stigma', 1, 5, false),
    ('supporter-readiness', 'ast-1', 7, 'I would reach out to a colleague involved in an event.', 'likelihood-to-assist', 1, 5, false);
