-- When outreach closed the case of an offer (it then became COMPLETED or WITHDRAWN). Kept
-- apart from answered_at, which stays the acceptance time that fatigue counts from.
ALTER TABLE offer ADD COLUMN closed_at timestamptz;
