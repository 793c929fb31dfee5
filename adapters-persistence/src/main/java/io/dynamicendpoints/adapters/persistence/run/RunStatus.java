package io.dynamicendpoints.adapters.persistence.run;

/**
 * The states of a run, by the names stored in {@code workflow_run.status} and handed out through the
 * port. The repository's queries spell the unfinished ones ({@code 'pending'}, {@code 'running'}) as
 * literals, and the table's check constraint lists all four: a rename here must change both.
 */
enum RunStatus {
    PENDING("pending"),
    RUNNING("running"),
    DONE("done"),
    FAILED("failed");

    private final String storedName;

    RunStatus(String storedName) {
        this.storedName = storedName;
    }

    String storedName() {
        return storedName;
    }
}
