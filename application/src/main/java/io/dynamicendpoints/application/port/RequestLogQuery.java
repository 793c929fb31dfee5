package io.dynamicendpoints.application.port;

import io.dynamicendpoints.domain.requestlog.RequestLogEntry;
import io.dynamicendpoints.domain.workflow.WorkflowId;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Which of a workflow's log entries to list: a page of at most {@code limit}, older than
 * {@code before}, filtered by status, time and body text. Every filter is optional.
 *
 * @param before     continue after this entry (exclusive); empty for the newest page
 * @param status     the response status must lie in this range
 * @param from       received at or after (inclusive)
 * @param to         received before (exclusive)
 * @param bodyText   the request body contains this text, ignoring case
 */
public record RequestLogQuery(
        WorkflowId workflowId,
        int limit,
        Optional<RequestLogCursor> before,
        Optional<StatusRange> status,
        Optional<Instant> from,
        Optional<Instant> to,
        Optional<String> bodyText) {

    public RequestLogQuery {
        Objects.requireNonNull(workflowId, "workflowId");
        if (limit < 1) {
            throw new IllegalArgumentException("A page holds at least one entry");
        }
        before = before == null ? Optional.empty() : before;
        status = status == null ? Optional.empty() : status;
        from = from == null ? Optional.empty() : from;
        to = to == null ? Optional.empty() : to;
        bodyText = bodyText == null ? Optional.empty() : bodyText.filter(text -> !text.isEmpty());
    }

    /** The newest {@code limit} entries of a workflow, unfiltered. */
    public static RequestLogQuery newest(WorkflowId workflowId, int limit) {
        return new RequestLogQuery(workflowId, limit, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /**
     * Whether {@code entry} passes this query's workflow and filters (paging aside): what a listing
     * would show of it. Lets a live view decide about an entry it was told of without asking the store.
     */
    public boolean matches(RequestLogEntry entry) {
        return entry.workflowId().equals(workflowId)
                && status.map(range -> range.contains(entry.status())).orElse(true)
                && from.map(start -> !entry.receivedAt().isBefore(start)).orElse(true)
                && to.map(end -> entry.receivedAt().isBefore(end)).orElse(true)
                && bodyText.map(text -> entry.body().text().toLowerCase(Locale.ROOT)
                        .contains(text.toLowerCase(Locale.ROOT))).orElse(true);
    }

    public RequestLogQuery before(RequestLogCursor cursor) {
        return new RequestLogQuery(workflowId, limit, Optional.of(cursor), status, from, to, bodyText);
    }

    /**
     * Statuses from {@code low} to {@code high}, both included: a whole class ({@code 4xx} is 400–499)
     * or a single status.
     */
    public record StatusRange(int low, int high) {

        public StatusRange {
            if (low < 100 || high > 599 || low > high) {
                throw new IllegalArgumentException("Not a status range: " + low + "-" + high);
            }
        }

        public static StatusRange ofClass(int statusClass) {
            return new StatusRange(statusClass * 100, statusClass * 100 + 99);
        }

        public static StatusRange exactly(int status) {
            return new StatusRange(status, status);
        }

        public boolean contains(int status) {
            return status >= low && status <= high;
        }
    }
}
