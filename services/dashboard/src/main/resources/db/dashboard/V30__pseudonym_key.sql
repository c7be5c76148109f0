-- The key of the read models' pseudonyms (HMAC-SHA-256 of a staff id). One row, shared by every
-- dashboard instance. Rotation replaces the secret in place, so the previous secret is gone
-- with the transaction that rotates it: pseudonyms written under it can no longer be recomputed
-- from anyone's staff id. The stored pseudonyms themselves are never rewritten (every figure
-- stays as it was). The first row is written at start (docs/dashboard.md, "Pseudonyms").
CREATE TABLE pseudonym_key (
    id         boolean     PRIMARY KEY DEFAULT true CHECK (id),
    generation integer     NOT NULL,
    secret     bytea       NOT NULL,
    created_at timestamptz NOT NULL
);
