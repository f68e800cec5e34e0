-- Signatures of Slack requests accepted in the last minutes: a signed request sent again inside Slack's five-minute
-- window is refused instead of run twice, also after a restart and across instances sharing the database.
-- Portable SQL: runs on H2 2.x and PostgreSQL.
CREATE TABLE slack_request_seen (
    signature   VARCHAR(64)  PRIMARY KEY,
    sent_at     BIGINT       NOT NULL
);

CREATE INDEX slack_request_seen_sent_at ON slack_request_seen (sent_at);
