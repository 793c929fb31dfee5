-- Durable async runs: a row is written before an async request is answered, and a node claims it
-- before executing it. claimed_by/claimed_at are the holder and the start of its lease (renewed while
-- it runs); a run whose lease ran out is claimed again by another node. data is the request's data as
-- one JSON object (TEXT, not JSONB, because H2 runs the same migrations). Every time is the caller's
-- clock, never the database's. workflow_id has no foreign key: a run outlives the deletion of its
-- workflow and then fails on its own terms.
CREATE TABLE workflow_run (
    id          VARCHAR(36)              NOT NULL PRIMARY KEY,
    workflow_id BIGINT                   NOT NULL,
    data        TEXT                     NOT NULL,
    status      VARCHAR(16)              NOT NULL,
    claimed_by  VARCHAR(200),
    claimed_at  TIMESTAMP WITH TIME ZONE,
    attempts    INT                      NOT NULL,
    error       TEXT,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT workflow_run_status_known CHECK (status IN ('pending', 'running', 'done', 'failed'))
);

-- The claim query: unfinished runs, oldest first, whose lease started before a cutoff.
CREATE INDEX workflow_run_claimable_index ON workflow_run (status, created_at);
CREATE INDEX workflow_run_lease_index ON workflow_run (status, claimed_at);
-- Lease renewal: the unfinished runs one node holds.
CREATE INDEX workflow_run_holder_index ON workflow_run (claimed_by, status);
