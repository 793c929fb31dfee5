-- The traces of runs that go on after their caller was answered (durable async runs, sse streams):
-- their request_log row names the run (run_id) but was written before the run ended, and entries are
-- never updated. The run's trace is stored here when it ends and joined when one entry is read.
-- workflow_id and ended_at let the request log's retention job delete traces with their entries.
-- trace holds JSON text, like request_log.trace.
CREATE TABLE request_log_run_trace (
    run_id      VARCHAR(64)              NOT NULL PRIMARY KEY,
    workflow_id BIGINT                   NOT NULL,
    ended_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    trace       TEXT                     NOT NULL
);

-- The retention job deletes by end time.
CREATE INDEX request_log_run_trace_ended ON request_log_run_trace (ended_at);
