-- Events counted once each: a report update re-announces its event id with newly named staff.
CREATE TABLE reported_event (
    event_id text PRIMARY KEY
);
