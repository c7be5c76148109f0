-- E-mails to supporters, kept until sent. A row is written when the event that needs it is
-- received, and a poller sends it; when e-mail is down the row waits, so nothing is lost.
CREATE TABLE supporter_notification (
    id              uuid        PRIMARY KEY,
    kind            text        NOT NULL CHECK (kind IN ('OFFER', 'FOLLOW_UP')),
    offer_id        uuid        NOT NULL,
    follow_up_id    text,
    supporter_id    text        NOT NULL,
    staff_id        text        NOT NULL,
    status          text        NOT NULL CHECK (status IN ('PENDING', 'SENT', 'SKIPPED', 'UNDELIVERABLE')),
    attempts        integer     NOT NULL,
    next_attempt_at timestamptz NOT NULL,
    last_error      text,
    created_at      timestamptz NOT NULL,
    sent_at         timestamptz
);
CREATE UNIQUE INDEX supporter_notification_once
    ON supporter_notification (kind, offer_id, coalesce(follow_up_id, ''));
CREATE INDEX supporter_notification_due
    ON supporter_notification (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX supporter_notification_by_supporter ON supporter_notification (supporter_id, created_at);
