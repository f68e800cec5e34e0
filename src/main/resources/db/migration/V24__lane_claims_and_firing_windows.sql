-- Which instance delivers an outbox lane now: one at a time per lane, taken over once the claim expires.
CREATE TABLE outbox_lane_claim (
    lane           VARCHAR(200) PRIMARY KEY,
    owner          VARCHAR(100),
    claimed_until  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Repeated firings of one alert counted in the database, so every instance counts into the same window and the
-- "+N more" line is written once per cluster.
CREATE TABLE firing_window (
    window_key       VARCHAR(700) PRIMARY KEY,
    incident_number  BIGINT NOT NULL,
    line_text        VARCHAR(2000) NOT NULL,
    started_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    more             BIGINT NOT NULL
);
CREATE INDEX firing_window_started ON firing_window (started_at);
CREATE INDEX firing_window_incident ON firing_window (incident_number);
