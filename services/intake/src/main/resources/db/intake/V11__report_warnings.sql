-- What intake assumed where a report was not clear (a role taken as OTHER, the time of receipt
-- taken for a missing time), as a JSON array of the platform's own sentences. Never the sender's
-- text: a warning names the field and the vocabulary word, nothing else.
ALTER TABLE received_report ADD COLUMN warnings text;
