-- SCIM 2.0 provisioning (docs/scim.md). An identity system may deactivate a person without
-- their leaving (a leave of absence): their directory entry is tombstoned and they leave the
-- supporter pool, but their key and row stay, so a reactivation republishes the entry.
CREATE TABLE staff_deactivation (
    staff_id       text PRIMARY KEY,
    deactivated_at timestamptz NOT NULL
);

-- What the identity system said of a person that the directory entry does not hold: its own
-- id for them (externalId) and their name in parts, sealed with the person's key like the
-- directory's name.
CREATE TABLE scim_user (
    staff_id      text PRIMARY KEY,
    external_id   text,
    display_name  text,
    given_name    text,
    family_name   text,
    created_at    timestamptz NOT NULL,
    last_modified timestamptz NOT NULL
);

CREATE INDEX scim_user_external_id ON scim_user (external_id);
