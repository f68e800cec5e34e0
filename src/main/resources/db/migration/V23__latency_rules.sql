-- Latency rules over access logs: per-minute response-time histograms and the level each rule last reported.
-- Portable SQL: runs on H2 2.x and PostgreSQL.

-- Requests per service, minute and response-time bucket (LatencyHistogram's fixed bounds; only buckets that were
-- hit have a row), with their summed request_time, added to by every instance that takes access logs.
CREATE TABLE request_latency (
    service       VARCHAR(100)  NOT NULL,
    minute_start  TIMESTAMP WITH TIME ZONE NOT NULL,
    bucket        SMALLINT      NOT NULL,
    requests      BIGINT        NOT NULL,
    total_seconds DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (service, minute_start, bucket)
);
CREATE INDEX request_latency_minute ON request_latency (minute_start);

-- The level each service's latency rule last reported (warning, critical), so it reports changes only.
CREATE TABLE latency_state (
    service      VARCHAR(100)  PRIMARY KEY,
    alert_level  VARCHAR(16)   NOT NULL,
    since        TIMESTAMP WITH TIME ZONE NOT NULL,
    last_micros  BIGINT        NOT NULL
);
