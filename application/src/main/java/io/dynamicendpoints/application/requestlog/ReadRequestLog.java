package io.dynamicendpoints.application.requestlog;

import io.dynamicendpoints.application.port.RequestLog;
import io.dynamicendpoints.application.port.RequestLogCursor;
import io.dynamicendpoints.application.port.RequestLogPage;
import io.dynamicendpoints.application.port.RequestLogQuery;
import io.dynamicendpoints.application.port.RequestLogQuery.StatusRange;
import io.dynamicendpoints.application.port.Workflows;
import io.dynamicendpoints.application.workflow.WorkflowNotFoundException;
import io.dynamicendpoints.domain.requestlog.RequestId;
import io.dynamicendpoints.domain.requestlog.RequestLogEntry;
import io.dynamicendpoints.domain.workflow.WorkflowId;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The request log, for admins: one workflow's requests newest first, a page at a time, filtered by
 * status class, time range and body text; and single entries. Paging is by cursor (the last entry
 * shown), so pages stay correct while new requests arrive, and stay fast however deep one pages.
 */
public final class ReadRequestLog {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
    public static final int MAX_TEXT_LENGTH = 200;
    private static final Pattern STATUS = Pattern.compile("([1-5])(?:xx|XX)|([1-5][0-9][0-9])");

    private final RequestLog log;
    private final Workflows workflows;
    private final RequestLogEntries entries;

    public ReadRequestLog(RequestLog log, Workflows workflows, RequestLogEntries entries) {
        this.log = log;
        this.workflows = workflows;
        this.entries = entries;
    }

    /**
     * The listing's parameters as the caller wrote them (any may be null).
     *
     * @param before a {@code next_cursor} from an earlier page
     * @param status a status class ({@code 4xx}) or one status ({@code 404})
     * @param from   an ISO-8601 instant ({@code 2026-01-31T12:00:00Z}) or date (midnight UTC), inclusive
     * @param to     the same, exclusive
     * @param text   text the request body contains, ignoring case
     */
    public record Query(Integer limit, String before, String status, String from, String to, String text) {

        public static final Query NEWEST = new Query(null, null, null, null, null, null);
    }

    /** One page; {@code nextCursor} asks for the following one, and is empty on the last page. */
    public record Page(List<RequestLogEntry> items, Optional<String> nextCursor) {
    }

    /**
     * @throws WorkflowNotFoundException       when no such workflow exists
     * @throws InvalidRequestLogQueryException naming each parameter that makes no sense
     */
    public Page list(WorkflowId workflowId, Query query) {
        RequestLogQuery parsed = parse(workflowId, query);
        if (workflows.find(workflowId).isEmpty()) {
            throw new WorkflowNotFoundException(workflowId);
        }
        RequestLogPage page = log.list(parsed);
        return new Page(page.items(), page.next().map(ReadRequestLog::encode));
    }

    /**
     * Whether a listing with this query would show {@code entry} (paging aside): a live view uses it to
     * decide about entries stored after it loaded its page.
     *
     * @throws InvalidRequestLogQueryException naming each parameter that makes no sense
     */
    public Predicate<RequestLogEntry> filter(WorkflowId workflowId, Query query) {
        return parse(workflowId, query)::matches;
    }

    /**
     * The cursor that continues a listing after {@code entry}, as {@code next_cursor} would: for a view
     * that drops the oldest rows it shows and must later page on from the last one it kept.
     */
    public String cursorAfter(RequestLogEntry entry) {
        return encode(new RequestLogCursor(entry.receivedAt(), entry.id()));
    }

    /** @throws RequestNotFoundException when no entry has this id */
    public LoggedRequest one(String requestId) {
        RequestLogEntry entry = RequestId.parse(requestId).flatMap(log::find)
                .orElseThrow(() -> new RequestNotFoundException(requestId));
        RequestLogEntry shown = withRunTrace(entry);
        return new LoggedRequest(shown, entries.snapshot(shown));
    }

    /**
     * An entry whose run went on after the answer (async, {@code sse}) was written without the run's
     * trace; the trace was stored when the run ended, and is joined here. Until then it shows none.
     */
    private RequestLogEntry withRunTrace(RequestLogEntry entry) {
        if (entry.runId().isEmpty() || !entry.trace().isEmpty()) {
            return entry;
        }
        return log.findRunTrace(entry.runId().get())
                .map(run -> new RequestLogEntry(entry.id(), entry.receivedAt(), entry.workflowId(), entry.method(),
                        entry.path(), entry.query(), entry.headers(), entry.body(), entry.tokenData(),
                        entry.authOutcome(), entry.status(), entry.responseHeaders(), entry.responseBody(),
                        entry.durationMs(), entry.runId(), run.steps(), entry.replayOf()))
                .orElse(entry);
    }

    private static RequestLogQuery parse(WorkflowId workflowId, Query query) {
        Map<String, String> violations = new LinkedHashMap<>();
        int limit = query.limit() == null ? DEFAULT_LIMIT : query.limit();
        if (limit < 1 || limit > MAX_LIMIT) {
            violations.put("limit", "Between 1 and " + MAX_LIMIT);
        }
        Optional<RequestLogCursor> before = Optional.empty();
        if (present(query.before())) {
            before = decode(query.before());
            if (before.isEmpty()) {
                violations.put("before", "Not a cursor this API gave out: pass next_cursor unchanged");
            }
        }
        Optional<StatusRange> status = Optional.empty();
        if (present(query.status())) {
            Matcher matcher = STATUS.matcher(query.status().strip());
            if (!matcher.matches()) {
                violations.put("status", "A status class such as 4xx, or a status such as 404");
            } else {
                status = Optional.of(matcher.group(1) != null
                        ? StatusRange.ofClass(Integer.parseInt(matcher.group(1)))
                        : StatusRange.exactly(Integer.parseInt(matcher.group(2))));
            }
        }
        Optional<Instant> from = instant(query.from(), "from", violations);
        Optional<Instant> to = instant(query.to(), "to", violations);
        if (from.isPresent() && to.isPresent() && !from.get().isBefore(to.get())) {
            violations.put("to", "Must lie after from");
        }
        Optional<String> text = present(query.text()) ? Optional.of(query.text().strip()) : Optional.empty();
        if (text.isPresent() && text.get().length() > MAX_TEXT_LENGTH) {
            violations.put("q", "At most " + MAX_TEXT_LENGTH + " characters");
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestLogQueryException(violations);
        }
        return new RequestLogQuery(workflowId, limit, before, status, from, to, text);
    }

    private static Optional<Instant> instant(String value, String name, Map<String, String> violations) {
        if (!present(value)) {
            return Optional.empty();
        }
        String text = value.strip();
        try {
            return Optional.of(text.length() == 10
                    ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(text));
        } catch (DateTimeParseException e) {
            violations.put(name, "An ISO-8601 instant such as 2026-01-31T12:00:00Z, or a date such as 2026-01-31");
            return Optional.empty();
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** A cursor is opaque to callers: the position's microseconds and id, base64url-encoded. */
    static String encode(RequestLogCursor cursor) {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, cursor.receivedAt());
        String text = micros + "." + cursor.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }

    static Optional<RequestLogCursor> decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.US_ASCII);
            int dot = text.indexOf('.');
            if (dot < 1) {
                return Optional.empty();
            }
            long micros = Long.parseLong(text.substring(0, dot));
            Instant receivedAt = Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
            return RequestId.parse(text.substring(dot + 1)).map(id -> new RequestLogCursor(receivedAt, id));
        } catch (IllegalArgumentException | ArithmeticException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
