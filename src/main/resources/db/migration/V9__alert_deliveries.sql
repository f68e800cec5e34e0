-- Redelivery detection that catches only true redeliveries, routing that survives a crash, and pruning.
-- Portable SQL: runs on H2 2.x and PostgreSQL.

-- A delivery no longer owns its delivery_key forever. It holds a claim on it (redelivery_key) while a copy would
-- still be a redelivery: until pruned for a sender's own delivery id (SNS MessageId), until redelivery_until for a
-- body digest. An expired claim is released (set to NULL), so the same body later is a new firing. Both databases
-- let any number of rows hold NULL under the unique constraint.
ALTER TABLE alert_delivery DROP CONSTRAINT alert_delivery_once;
ALTER TABLE alert_delivery ADD COLUMN redelivery_key VARCHAR(200);
ALTER TABLE alert_delivery ADD COLUMN redelivery_until TIMESTAMP WITH TIME ZONE;
UPDATE alert_delivery SET redelivery_key = delivery_key WHERE delivery_key LIKE 'message:%';
-- The key leads, so the index also serves looking a batch's keys up (redelivery_key IN (...)).
ALTER TABLE alert_delivery ADD CONSTRAINT alert_delivery_redelivery UNIQUE (redelivery_key, source);

-- How many of the delivery's alerts have been routed, written in the same transaction as each alert's routing, and
-- when the whole delivery was. A delivery stored but not routed (crash, kill -9) is routed at the next start from
-- routed_alerts on. Deliveries stored before this version were routed before they were answered.
-- intake holds what the delivery carries once read (alerts as JSON), so it can be routed again without checking the
-- sender's signature a second time.
ALTER TABLE alert_delivery ADD COLUMN intake TEXT;
ALTER TABLE alert_delivery ADD COLUMN routed_alerts INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE alert_delivery ADD COLUMN routed_at TIMESTAMP WITH TIME ZONE;
UPDATE alert_delivery SET routed_alerts = alert_count, routed_at = received_at;
CREATE INDEX alert_delivery_routed ON alert_delivery (routed_at);
CREATE INDEX alert_delivery_received ON alert_delivery (received_at);

-- The incident the same alert opened before (resolved or closed by the time it fired again), shown on the card; and
-- the HTTP status of the failing request a generic error report carried.
ALTER TABLE incident_alert ADD COLUMN fired_before BIGINT;
ALTER TABLE incident_alert ADD COLUMN http_status INTEGER;
