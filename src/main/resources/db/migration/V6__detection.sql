-- Built-in detection: health-check state and per-minute request counts from access logs.
-- Portable SQL: runs on H2 2.x and PostgreSQL.

-- One row per monitor (by name): what the last checks said, so a restart neither forgets a firing alert nor
-- restarts the count of consecutive failures.
CREATE TABLE monitor_state (
    name                  VARCHAR(100)  PRIMARY KEY,
    consecutive_failures  INTEGER       NOT NULL,
    firing                BOOLEAN       NOT NULL,
    last_checked_at       TIMESTAMP WITH TIME ZONE,
    next_check_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    last_result           VARCHAR(1000),
    changed_at            TIMESTAMP WITH TIME ZONE
);

-- Requests and 5xx answers per service and minute, added to by every instance that takes access logs.
CREATE TABLE request_count (
    service       VARCHAR(100)  NOT NULL,
    minute_start  TIMESTAMP WITH TIME ZONE NOT NULL,
    total         BIGINT        NOT NULL,
    server_errors BIGINT        NOT NULL,
    PRIMARY KEY (service, minute_start)
);
CREATE INDEX request_count_minute ON request_count (minute_start);

-- The level each service's error-rate rule last reported (warning, critical), so it reports changes only.
CREATE TABLE error_rate_state (
    service     VARCHAR(100)  PRIMARY KEY,
    alert_level VARCHAR(16)   NOT NULL,
    since       TIMESTAMP WITH TIME ZONE NOT NULL,
    last_ratio  DOUBLE PRECISION NOT NULL
);
