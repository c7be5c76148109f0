-- When each team debrief was proposed (as the event's report reached outreach), from
-- outreach.debrief-scheduled.v1: the period a debrief counts in, and the start of "report to
-- debrief". A time, not the event.
ALTER TABLE team_debrief ADD COLUMN proposed_at timestamptz;
