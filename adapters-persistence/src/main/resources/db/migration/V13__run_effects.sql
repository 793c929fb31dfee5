-- What the steps of durable runs stored (RunEffect): one row per run and step, written in the same
-- transaction as the record it names, so a run executed again after a crash or a takeover finds the
-- step done and stores nothing twice. result is the record's id (create_record) or the count changed
-- (update_record). Rows go when their run finishes.
CREATE TABLE run_effect (
    run_id  VARCHAR(36) NOT NULL,
    step_id VARCHAR(64) NOT NULL,
    result  BIGINT      NOT NULL,
    PRIMARY KEY (run_id, step_id)
);
