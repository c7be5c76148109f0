-- Why a report led to no outreach, or what an update changed. Never patient data.
ALTER TABLE received_report ADD COLUMN status_reason text;
ALTER TABLE received_report ADD COLUMN updated_at timestamptz;
