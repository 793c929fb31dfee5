/**
 * Commits shared by concurrent writers ({@link io.dynamicendpoints.adapters.persistence.commit.GroupCommit}),
 * for the inserts a caller waits on: a run's journal entry and a workflow's new records.
 */
package io.dynamicendpoints.adapters.persistence.commit;
