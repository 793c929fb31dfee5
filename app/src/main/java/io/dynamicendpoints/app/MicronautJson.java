package io.dynamicendpoints.app;

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
            throw new MalformedJsonException(firstLine(e.getMessage()), e);
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

    private static String firstLine(String message) {
        if (message == null) {
            return "malformed JSON";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
