-- The access trail (platform/access-trail), in every service's own schema: who read or changed
-- what, when, from where and why. A repeatable migration, like the timers' table, so that it
-- needs no version number among the service's own; every statement is safe to run again.

-- One entry per request. seq is assigned by the trail's writer (the previous entry's plus one,
-- under a lock), so a gap is as visible as a broken hash. entry_hash is SHA-256 over
-- previous_hash and the entry's content, where the identifiable values (subject, staff id,
-- resource id, client address) count only through identity_digest, their keyed digest: they
-- can be replaced by pseudonyms later and the chain still verifies.
CREATE TABLE IF NOT EXISTS access_trail (
    seq             bigint      PRIMARY KEY,
    recorded_at     timestamptz NOT NULL,
    service         text        NOT NULL,
    actor_subject   text,
    actor_staff_id  text,
    actor_roles     text        NOT NULL,
    purpose         text        NOT NULL,
    action          text        NOT NULL,
    route           text        NOT NULL,
    resource_type   text        NOT NULL,
    resource_id     text,
    outcome         integer     NOT NULL,
    client_address  text,
    identity_digest text        NOT NULL,
    pseudonymized   boolean     NOT NULL,
    previous_hash   text        NOT NULL,
    entry_hash      text        NOT NULL
);

CREATE INDEX IF NOT EXISTS access_trail_recorded_at ON access_trail (recorded_at);

-- Append-only. The service owns its schema, and an owner cannot have UPDATE or DELETE
-- revoked from itself, so a trigger refuses them. The one change allowed is pseudonymization:
-- the subject, staff id and resource id may be replaced and the client address cleared (and
-- pseudonymized set), nothing else may change.
CREATE OR REPLACE FUNCTION access_trail_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF NEW.pseudonymized AND NEW.client_address IS NULL AND (NEW.seq, NEW.recorded_at, NEW.service, NEW.actor_roles, NEW.purpose, NEW.action, NEW.route,
                 NEW.resource_type, NEW.outcome, NEW.identity_digest, NEW.previous_hash, NEW.entry_hash)
            IS NOT DISTINCT FROM
                (OLD.seq, OLD.recorded_at, OLD.service, OLD.actor_roles, OLD.purpose, OLD.action, OLD.route,
                 OLD.resource_type, OLD.outcome, OLD.identity_digest, OLD.previous_hash, OLD.entry_hash) THEN
            RETURN NEW;
        END IF;
    END IF;
    RAISE EXCEPTION 'access_trail is append-only: % refused (only pseudonymization may change an entry)', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$ LANGUAGE plpgsql;

DROP TRIGGER IF EXISTS access_trail_append_only ON access_trail;
CREATE TRIGGER access_trail_append_only BEFORE UPDATE OR DELETE ON access_trail
    FOR EACH ROW EXECUTE FUNCTION access_trail_append_only();

DROP TRIGGER IF EXISTS access_trail_no_truncate ON access_trail;
CREATE TRIGGER access_trail_no_truncate BEFORE TRUNCATE ON access_trail
    FOR EACH STATEMENT EXECUTE FUNCTION access_trail_append_only();
