-- Leases a single replica holds at a time (the Discord gateway), naming the replica that holds each, and Socket Mode
-- envelopes as claims: who started running one, and whether it ran, so a copy Slack redelivers after its runner died
-- runs elsewhere instead of being dropped.
-- Portable SQL: runs on H2 2.x and PostgreSQL.

-- holder_id is one process (a replica restarted under the same name is a new holder); holder_name is for people.
CREATE TABLE replica_lease (
    name         VARCHAR(100) PRIMARY KEY,
    holder_id    VARCHAR(100) NOT NULL,
    holder_name  VARCHAR(200) NOT NULL,
    held_since   TIMESTAMP WITH TIME ZONE NOT NULL,
    lease_until  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Rows recorded before this version were recorded just before running: they count as run.
ALTER TABLE slack_envelope_seen ADD COLUMN claimed_by VARCHAR(100);
ALTER TABLE slack_envelope_seen ADD COLUMN finished BOOLEAN DEFAULT TRUE NOT NULL;
