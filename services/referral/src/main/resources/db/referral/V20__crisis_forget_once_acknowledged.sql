-- A crisis whose case was purged, or whose clinician was erased, while it was still open is kept until a
-- lead acknowledges it, and deleted then (docs/referral.md, "Retention and erasure").
ALTER TABLE crisis ADD COLUMN forget_once_acknowledged boolean NOT NULL DEFAULT false;
