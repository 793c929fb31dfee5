-- The request log ("Dynamic Endpoint Details"): one row per request to a known endpoint, written in
-- batches by a background writer, never updated, deleted by the retention job. Portable SQL: runs
-- on H2 (PostgreSQL mode) and PostgreSQL 15.
--
-- id is a time-ordered UUID (v7) made by the application, so batch inserts need no generated keys
-- and rows from several nodes never clash. There is deliberately no foreign key to workflow: entries
-- outlive a deleted workflow until their retention ends, and inserts need not lock workflow rows.
-- Bodies are stored already cut to the configured limit (body_length is the full size in bytes).
-- request_query, request_headers, token_data, response_headers and trace hold JSON text. The
-- __data snapshot is not stored: it follows from the stored request (headers already masked) and
-- token_data (the verified JWT's data claim), and is rebuilt when an entry is read.
CREATE TABLE request_log (
    id                      UUID                     NOT NULL PRIMARY KEY,
    workflow_id             BIGINT                   NOT NULL,
    received_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    method                  VARCHAR(16)              NOT NULL,
    path                    VARCHAR(300)             NOT NULL,
    request_query           TEXT                     NOT NULL,
    request_headers         TEXT                     NOT NULL,
    request_body            TEXT                     NOT NULL,
    request_body_length     BIGINT                   NOT NULL,
    request_body_truncated  BOOLEAN                  NOT NULL,
    token_data              TEXT,
    auth_outcome            VARCHAR(64)              NOT NULL,
    status                  SMALLINT                 NOT NULL,
    response_headers        TEXT                     NOT NULL,
    response_body           TEXT                     NOT NULL,
    response_body_length    BIGINT                   NOT NULL,
    response_body_truncated BOOLEAN                  NOT NULL,
    duration_ms             BIGINT                   NOT NULL,
    run_id                  VARCHAR(64),
    trace                   TEXT,
    replay_of               UUID
);

-- Listing one workflow newest first, and its time-range filters: an index range scan in sort order,
-- which stops after one page (keyset paging on received_at, id) however many rows the table holds.
-- Status and body-text filters are checked on the rows this scan visits, newest first, until a page
-- is full: no further index, because every index is paid for by every insert on the listener's
-- busiest path, and those filters narrow a listing an admin has already narrowed to one workflow.
CREATE INDEX request_log_workflow_time ON request_log (workflow_id, received_at DESC, id DESC);

-- The retention job needs no index of its own: ids are time-ordered UUIDs (v7), so "received
-- before the cutoff" is a range of the primary key (the adapter adds the exact received_at test).
-- Body search is a case-insensitive substring match, LOWER(request_body) LIKE '%text%', which no
-- portable index serves.
