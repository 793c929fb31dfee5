package io.dynamicendpoints.adapters.http.requestlog;

import io.dynamicendpoints.application.requestlog.ReadRequestLog;
import io.dynamicendpoints.application.requestlog.ReadRequestLog.Page;
import io.dynamicendpoints.application.requestlog.ReplayRequest;
import io.dynamicendpoints.application.requestlog.RequestLogDocument;
import io.dynamicendpoints.application.workflow.WorkflowNotFoundException;
import io.dynamicendpoints.domain.workflow.WorkflowId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;

import java.util.Map;

/**
 * {@code GET /api/workflows/{id}/requests}, {@code GET /api/requests/{request_id}} and
 * {@code POST /api/requests/{request_id}/replay}. Entries are shown as {@link RequestLogDocument}
 * writes them; listing items are summaries, a single entry is whole.
 */
@Controller
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
final class RequestLogController {

    private final ReadRequestLog readRequestLog;
    private final ReplayRequest replayRequest;

    RequestLogController(ReadRequestLog readRequestLog, ReplayRequest replayRequest) {
        this.readRequestLog = readRequestLog;
        this.replayRequest = replayRequest;
    }

    @Get("/api/workflows/{id}/requests")
    RequestLogPageResponse list(long id, @Nullable @QueryValue Integer limit, @Nullable @QueryValue String before,
                                @Nullable @QueryValue String status, @Nullable @QueryValue String from,
                                @Nullable @QueryValue String to, @Nullable @QueryValue String q) {
        if (id <= 0) {
            throw new WorkflowNotFoundException(id);
        }
        Page page = readRequestLog.list(new WorkflowId(id), new ReadRequestLog.Query(limit, before, status, from, to, q));
        return new RequestLogPageResponse(page.items().stream().map(RequestLogDocument::summary).toList(),
                page.nextCursor().orElse(null));
    }

    @Get("/api/requests/{requestId}")
    Map<String, Object> one(String requestId) {
        return RequestLogDocument.write(readRequestLog.one(requestId));
    }

    @Post("/api/requests/{requestId}/replay")
    Map<String, Object> replay(String requestId) {
        return RequestLogDocument.write(replayRequest.replay(requestId));
    }
}
