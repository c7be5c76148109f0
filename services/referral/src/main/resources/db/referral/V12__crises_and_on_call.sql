-- Crises raised at check-ins and the paging that follows until an on-call lead acknowledges.
CREATE TABLE crisis (
    id              text        PRIMARY KEY,
    checkin_id      text        NOT NULL UNIQUE,
    case_id         text        NOT NULL,
    staff_id        text        NOT NULL,
    supporter_id    text        NOT NULL,
    facility        text,
    raised_at       timestamptz NOT NULL,
    -- The rota position paged next: it only grows, and wraps around the rota.
    next_position   integer     NOT NULL,
    acknowledged_by text,
    acknowledged_at timestamptz
);

CREATE INDEX crisis_open_idx ON crisis (raised_at) WHERE acknowledged_at IS NULL;

-- Every page sent or attempted, durable, so escalation survives a restart and can be audited.
CREATE TABLE crisis_page (
    id           bigserial   PRIMARY KEY,
    crisis_id    text        NOT NULL REFERENCES crisis (id),
    position     integer     NOT NULL,
    lead_id      text        NOT NULL,
    pager_id     text        NOT NULL,
    attempted_at timestamptz NOT NULL,
    delivered    boolean     NOT NULL,
    failure      text
);

CREATE INDEX crisis_page_crisis_idx ON crisis_page (crisis_id, id);

-- The on-call rota, in paging order. Empty means: use the configured rota.
CREATE TABLE on_call_lead (
    position integer PRIMARY KEY,
    lead_id  text    NOT NULL UNIQUE,
    pager_id text    NOT NULL
);
