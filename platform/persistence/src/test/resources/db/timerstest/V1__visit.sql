CREATE TABLE visit (subject text NOT NULL, fired_at timestamp with time zone NOT NULL);
