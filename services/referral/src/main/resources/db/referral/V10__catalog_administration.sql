-- The catalog becomes administrator-managed: the referral kinds of the contracts, a confidential flag,
-- a cost, a version for optimistic concurrency, and per-facility overrides.

-- The catalog's kinds are now the contracts' ReferralKind; a peer line is "another resource".
UPDATE resource SET kind = 'OTHER' WHERE kind = 'PEER_LINE';

ALTER TABLE resource ALTER COLUMN description DROP NOT NULL;
ALTER TABLE resource ADD COLUMN confidential boolean NOT NULL DEFAULT true;
ALTER TABLE resource ADD COLUMN cost text;
ALTER TABLE resource ADD COLUMN version bigint NOT NULL DEFAULT 0;

UPDATE resource SET cost = 'Free' WHERE code IN ('988-LIFELINE', 'PHYSICIAN-SUPPORT-LINE', 'EAP');
UPDATE resource SET cost = 'Covered by the hospital' WHERE code IN ('DISCLOSURE-COACHING', 'RISK-LEGAL-CONSULT');
UPDATE resource SET cost = 'Depends on the clinician''s insurance' WHERE code = 'THERAPY-REFERRAL';

CREATE INDEX resource_kind_idx ON resource (kind, sort_order);

-- A facility can hide a resource, or give its own contact, hours or cost; a NULL keeps the catalog's value.
CREATE TABLE resource_override (
    resource_code text    NOT NULL REFERENCES resource (code) ON DELETE CASCADE,
    facility      text    NOT NULL,
    hidden        boolean NOT NULL,
    phone         text,
    url           text,
    hours         text,
    cost          text,
    PRIMARY KEY (resource_code, facility)
);
