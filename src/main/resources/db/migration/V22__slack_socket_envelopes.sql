-- Envelope ids of what Slack sent over Socket Mode in the last hour: an envelope delivered again (after a reconnect,
-- or to a second instance) is acknowledged but not run twice, also after a restart.
-- Portable SQL: runs on H2 2.x and PostgreSQL.
CREATE TABLE slack_envelope_seen (
    envelope_id VARCHAR(100) PRIMARY KEY,
    seen_at     BIGINT       NOT NULL
);

CREATE INDEX slack_envelope_seen_seen_at ON slack_envelope_seen (seen_at);
