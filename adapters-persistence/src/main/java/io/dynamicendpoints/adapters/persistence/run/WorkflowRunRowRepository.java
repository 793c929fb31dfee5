package io.dynamicendpoints.adapters.persistence.run;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The queries {@link JdbcWorkflowRuns} needs over the {@code workflow_run} table, and no others. Each
 * is one statement in its own transaction, so no lock outlives it.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface WorkflowRunRowRepository extends GenericRepository<WorkflowRunRow, String> {

    WorkflowRunRow save(WorkflowRunRow row);

    Optional<WorkflowRunRow> findById(String id);

    /**
     * The ids of unfinished runs nobody holds or whose lease started before {@code expiredBefore},
     * oldest first. Only candidates: another node may take any of them before {@link #claim} does.
     */
    @Query("SELECT id FROM workflow_run WHERE status IN ('pending', 'running') "
            + "AND (claimed_by IS NULL OR claimed_at < :expiredBefore) ORDER BY created_at, id LIMIT :limit")
    List<String> findClaimable(Instant expiredBefore, int limit);

    /**
     * Takes one run for {@code node} if it is still claimable. The condition is checked by the
     * {@code UPDATE} itself, on the row it locks, so of several nodes racing for a run exactly one
     * changes it (PostgreSQL re-checks the condition on the row the winner committed); the others
     * change nothing. This needs no dialect-specific {@code SKIP LOCKED}, so H2 runs it too.
     *
     * @return 1 when this node won the run, 0 when it was finished or taken meanwhile
     */
    @Query("UPDATE workflow_run SET claimed_by = :node, claimed_at = :now, attempts = attempts + 1, "
            + "status = 'running' WHERE id = :id AND status IN ('pending', 'running') "
            + "AND (claimed_by IS NULL OR claimed_at < :expiredBefore)")
    int claim(String id, String node, Instant now, Instant expiredBefore);

    @Query("UPDATE workflow_run SET claimed_at = :now "
            + "WHERE claimed_by = :node AND status IN ('pending', 'running')")
    int renew(String node, Instant now);

    /** Finishes a run unless it was finished already: the first outcome stands. */
    @Query("UPDATE workflow_run SET claimed_by = NULL "
            + "WHERE id = :id AND claimed_by = :node AND status IN ('pending', 'running')")
    int release(String id, String node);

    /** Finishes a run if the attempt still holds it (a fencing token) and it is not finished: the first outcome stands. */
    @Query("UPDATE workflow_run SET status = :status, error = :error, finished_at = :now "
            + "WHERE id = :id AND attempts = :attempt AND status IN ('pending', 'running')")
    int finish(String id, int attempt, String status, @Nullable String error, Instant now);

    /** A clean stop: every unfinished run the node holds becomes claimable at once. */
    @Query("UPDATE workflow_run SET claimed_by = NULL WHERE claimed_by = :node AND status IN ('pending', 'running')")
    int releaseAll(String node);

    /**
     * The attempt holding an unfinished run, with the run's row locked until the caller's transaction
     * ends: a claim by another node waits for that commit, so an effect and a takeover never interleave.
     */
    @Query("SELECT attempts FROM workflow_run WHERE id = :id AND status IN ('pending', 'running') FOR UPDATE")
    Optional<Integer> lockHoldingAttempt(String id);

    @Query("SELECT result FROM run_effect WHERE run_id = :runId AND step_id = :stepId")
    Optional<Long> findEffect(String runId, String stepId);

    @Query("INSERT INTO run_effect (run_id, step_id, result) VALUES (:runId, :stepId, :result)")
    int insertEffect(String runId, String stepId, long result);

    @Query("DELETE FROM run_effect WHERE run_id = :runId")
    int deleteEffects(String runId);

    @Query("SELECT COUNT(*) FROM workflow_run WHERE status IN ('pending', 'running')")
    long countUnfinished();
}
