-- PagerDuty events become lanes of the outbox (one per incident, 'pagerduty:INC-n'): each row now names who carries
-- it, and platform is left empty for a destination that is not a chat platform.
ALTER TABLE outbox_message ADD COLUMN destination VARCHAR(16);
UPDATE outbox_message SET destination = LOWER(platform);
ALTER TABLE outbox_message ALTER COLUMN destination SET NOT NULL;
ALTER TABLE outbox_message ALTER COLUMN platform DROP NOT NULL;

-- Every event moves, sent ones too: the next event for an incident follows the last one queued for it. Order within
-- an incident is kept by inserting in id order. The payload keeps the event as it was, beside the name of the
-- environment variable holding the team's routing key (validated as [A-Za-z_][A-Za-z0-9_]*, so it needs no
-- escaping).
INSERT INTO outbox_message (destination, platform, lane, kind, incident_number, payload, status, attempts,
        next_attempt_at, created_at, delivered_at, last_error)
SELECT 'pagerduty', NULL, 'pagerduty:INC-' || CAST(incident_number AS VARCHAR(20)), event_action, incident_number,
        '{' || CASE WHEN routing_key_env IS NULL THEN '' ELSE '"routing_key_env":"' || routing_key_env || '",' END
            || '"event":' || payload || '}',
        CASE status WHEN 'SENT' THEN 'DELIVERED' ELSE status END, attempts, next_attempt_at, created_at,
        delivered_at, last_error
FROM pager_event ORDER BY id;
DROP TABLE pager_event;

-- The last event queued for an incident is looked up on every phase change.
CREATE INDEX outbox_message_lane ON outbox_message (lane, id);
