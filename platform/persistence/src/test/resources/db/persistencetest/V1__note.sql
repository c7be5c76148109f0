CREATE TABLE note (id uuid PRIMARY KEY, body text NOT NULL);
CREATE TABLE audit (body text NOT NULL);
