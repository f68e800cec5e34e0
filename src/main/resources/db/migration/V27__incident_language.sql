-- The language an incident speaks (EN, KO), chosen when it opens. Incidents opened before it spoke English.
ALTER TABLE incident ADD COLUMN language VARCHAR(8) DEFAULT 'EN' NOT NULL;
