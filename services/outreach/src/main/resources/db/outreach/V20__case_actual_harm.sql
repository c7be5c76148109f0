-- The worst harm of a case's actual events, near misses left out (null when every event was a near miss),
-- so that the offer-due timer applies the same urgency rule as the case's planning did.
ALTER TABLE outreach_case ADD COLUMN actual_harm text;
-- Cases opened before this column did not record whether their events were near misses: they keep
-- their harm, so their timers judge them as they always did.
UPDATE outreach_case SET actual_harm = harm;
