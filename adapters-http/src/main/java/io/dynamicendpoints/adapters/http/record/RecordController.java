package io.dynamicendpoints.adapters.http.record;

import io.dynamicendpoints.application.record.ReadRecords;
import io.dynamicendpoints.application.record.ReadRecords.RecordView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The newest records of an entity, so that an admin can see what a workflow did (ADMIN only). */
@Controller("/api/records")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
final class RecordController {

    private final ReadRecords readRecords;

    RecordController(ReadRecords readRecords) {
        this.readRecords = readRecords;
    }

    @Get("/{entity}")
    List<RecordResponse> newest(String entity, @Nullable @QueryValue Integer limit) {
        return readRecords.newest(entity, limit == null ? 100 : limit).stream().map(RecordResponse::of).toList();
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record RecordResponse(long id, String entity, Map<String, Object> fields, Instant createdAt, Instant updatedAt) {

        static RecordResponse of(RecordView record) {
            return new RecordResponse(record.id(), record.entity(), record.fields(), record.createdAt(),
                    record.updatedAt());
        }
    }
}
