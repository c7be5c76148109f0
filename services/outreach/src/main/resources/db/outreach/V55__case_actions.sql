-- What a program administrator did to a case by hand from the console or the API (issue 13):
-- recorded a contact outside the platform, or closed it with a reason. Codes only, never text:
-- check-in content is never stored. Deleted with its case; the actor becomes a pseudonym on
-- their erasure.
CREATE TABLE case_action (
    id        uuid        PRIMARY KEY,
    case_id   uuid        NOT NULL,
    action    text        NOT NULL,
    detail    text,
    actor     text        NOT NULL,
    acted_at  timestamptz NOT NULL
);

CREATE INDEX case_action_case ON case_action (case_id, acted_at);
