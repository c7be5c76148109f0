-- When someone started their training or employment here (the roster's optional startedOn), shared on
-- staff.directory.v1 so that outreach's campaigns can reach people at the start of residency or a new job.
ALTER TABLE staff_member ADD COLUMN started_on date;
