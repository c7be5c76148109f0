-- The keyring (platform/shredding): one data key per person, in a schema of its own that every
-- service which seals or opens names and addresses shares. It stands in for a KMS or a Vault
-- transit engine (docs/privacy.md, "Crypto-shredding"): destroying a person's row here makes every
-- sealed copy of their name and e-mail unreadable, in Kafka's logs and in backups alike.
-- A repeatable migration that each of those services runs from its own Flyway. It creates the
-- schema only where nobody provisioned it: in Kubernetes the database's bootstrap makes it, owned by
-- a role of its own, and grants the services only SELECT, INSERT and DELETE on the table
-- (infra/k8s/base/postgres/cluster.yaml), so there this does nothing. The lock keeps two services
-- that start at once from racing on CREATE.
SELECT pg_advisory_xact_lock(hashtext('peersupport.keyring'));

-- One row per person who has a sealed value anywhere. data_key is 32 random bytes (AES-256);
-- a destroyed key is a deleted row, so nothing of the person (not even their staff id) stays.
DO $$
BEGIN
    IF to_regclass('keyring.person_key') IS NULL THEN
        CREATE SCHEMA IF NOT EXISTS keyring;
        CREATE TABLE keyring.person_key (
            staff_id   text        PRIMARY KEY,
            data_key   bytea       NOT NULL CHECK (length(data_key) = 32),
            created_at timestamptz NOT NULL
        );
    END IF;
END
$$;
