-- The request log in chunks: one row holds up to 512 entries of one workflow received in one UTC
-- minute, encoded together in `entries` (see ChunkWriter for the format). It replaces the row per
-- request of V7, whose three index inserts per request (two on PostgreSQL, plus the heap) cost the
-- listener a fifth to a third of its throughput when every request was logged; V10 moves V7's rows
-- here and drops that table. Portable SQL: runs on H2 (PostgreSQL mode) and PostgreSQL 15.
--
-- id is the chunk's smallest entry id (a time-ordered UUID v7 made from the arrival time), which
-- names the chunk when the retention job rewrites or deletes it. received_minute is the UTC minute all its
-- entries arrived in, and every entry id is made from its arrival time: so the chunk holding an id is
-- found by the id alone, and per-minute counts need no decoding. oldest/newest_received_at bound the
-- chunk's arrivals; the counts per status class serve the dashboard and skip chunks a status filter
-- cannot match. Entries are never updated; the retention job removes entries whole chunks at a time
-- and rewrites a chunk only when the cutoff falls inside it.
CREATE TABLE request_log_chunk (
    id                 UUID                     NOT NULL PRIMARY KEY,
    workflow_id        BIGINT                   NOT NULL,
    received_minute             TIMESTAMP WITH TIME ZONE NOT NULL,
    oldest_received_at TIMESTAMP WITH TIME ZONE NOT NULL,
    newest_received_at TIMESTAMP WITH TIME ZONE NOT NULL,
    entry_count        INTEGER                  NOT NULL,
    count_1xx          INTEGER                  NOT NULL,
    count_2xx          INTEGER                  NOT NULL,
    count_3xx          INTEGER                  NOT NULL,
    count_4xx          INTEGER                  NOT NULL,
    count_5xx          INTEGER                  NOT NULL,
    entries            BYTEA                    NOT NULL
);

-- Listing one workflow newest first: chunks in order of their newest arrival, a page at a time.
CREATE INDEX request_log_chunk_workflow ON request_log_chunk (workflow_id, newest_received_at DESC, id DESC);

-- One entry by its id, per-minute counts over all workflows, and the retention job's oldest-first walk.
CREATE INDEX request_log_chunk_minute ON request_log_chunk (received_minute, id);
