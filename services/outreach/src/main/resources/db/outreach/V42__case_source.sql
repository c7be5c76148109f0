-- What started a case: an incident report, the clinician's own request, a colleague's referral, a team
-- event or a campaign. Every case opened before this column came from an incident report.
ALTER TABLE outreach_case ADD COLUMN source text NOT NULL DEFAULT 'INCIDENT';
