-- How each case started (incident, own request, a colleague's word, team, campaign), from
-- outreach.due.v1 and outreach.closed.v1. A code, never who referred whom. Cases recorded
-- before sources were carried stay NULL and count as incidents.
ALTER TABLE case_timeline ADD COLUMN source text;
