-- Similar past incidents. Portable SQL: runs on H2 2.x and PostgreSQL.

-- What an incident can be matched on, one row per term: the words of its title, trigger and root cause, its service
-- ('service:<name>') and the alerts that opened it ('fp:<source>:<fingerprint>', 'group:<source>:<group key>').
-- Both databases look candidates up through the same index, so they find and rank the same incidents.
CREATE TABLE incident_term (
    incident_number BIGINT       NOT NULL REFERENCES incident (number),
    term            VARCHAR(400) NOT NULL,
    PRIMARY KEY (term, incident_number)
);
CREATE INDEX incident_term_incident ON incident_term (incident_number);

-- The ranked list found when the incident opened or its text last changed, so the card, the page and the
-- postmortem show the same list without searching again.
CREATE TABLE similar_incident (
    incident_number BIGINT       NOT NULL REFERENCES incident (number),
    position        INT          NOT NULL,
    similar_number  BIGINT       NOT NULL REFERENCES incident (number),
    score           INT          NOT NULL,
    reasons         VARCHAR(500) NOT NULL,
    PRIMARY KEY (incident_number, position)
);

-- Incidents opened by an alert before this version can be matched on its fingerprint at once.
INSERT INTO incident_term (incident_number, term)
SELECT incident_number, 'fp:' || source || ':' || fingerprint FROM incident_alert
WHERE LENGTH(fingerprint) <= 300;
