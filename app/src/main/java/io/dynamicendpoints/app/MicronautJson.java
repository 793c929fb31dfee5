package io.dynamicendpoints.app;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.dynamicendpoints.application.port.Json;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The application's {@link Json} port over Micronaut's serde mapper, the JSON library the process already has. */
@Singleton
final class MicronautJson implements Json {

    private final JsonMapper mapper;

    MicronautJson(JsonMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Object parse(String text) {
        try {
            return mapper.readValue(text, Argument.OBJECT_ARGUMENT);
        } catch (IOException e) {
            throw malformed(e);
        }
    }

    @Override
    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Jackson knows where it gave up; serde may wrap its exception, so look down the causes. */
    static MalformedJsonException malformed(IOException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException jackson && jackson.getLocation() != null) {
                JsonLocation location = jackson.getLocation();
                return new MalformedJsonException(reason(jackson.getOriginalMessage()),
                        location.getLineNr(), location.getColumnNr(), e);
            }
        }
        return new MalformedJsonException(reason(e.getMessage()), e);
    }

    /** The parser's complaint without the source excerpt and position Jackson appends. */
    static String reason(String message) {
        if (message == null || message.isBlank()) {
            return "malformed JSON";
        }
        String reason = message;
        for (String cut : new String[] {"\n", " (start marker at", " at [Source"}) {
            int index = reason.indexOf(cut);
            if (index > 0) {
                reason = reason.substring(0, index);
            }
        }
        return reason.strip();
    }
}
