-- Retention of received reports (peersupport.intake.retention after the report's last change):
-- the minimised event (staff ids and roles of those involved) and the warnings go; the id,
-- source, the sender's report id, the hash, the status and the times stay, so a retry of the
-- same report is still answered as a duplicate and never becomes new cases.
ALTER TABLE received_report ALTER COLUMN minimized_event DROP NOT NULL;
ALTER TABLE received_report ADD COLUMN stripped_at timestamptz;
CREATE INDEX received_report_to_strip ON received_report (COALESCE(updated_at, received_at))
    WHERE stripped_at IS NULL;
