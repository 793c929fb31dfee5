package io.dynamicendpoints.application.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dynamicendpoints.application.port.Json;

import java.io.UncheckedIOException;

/**
 * The {@link Json} port over Jackson, for tests only: the application itself never sees a JSON
 * library. Objects come back as insertion-ordered maps, arrays as lists; trailing text after the
 * value is malformed, as it is for the production adapter, and a malformed text says where.
 */
public final class JacksonJson implements Json {

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @Override
    public Object parse(String text) {
        try {
            return mapper.readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            String reason = e.getOriginalMessage();
            int marker = reason.indexOf(" (start marker at");
            if (marker > 0) {
                reason = reason.substring(0, marker);
            }
            return e.getLocation() == null ? fail(reason, 0, 0, e)
                    : fail(reason, e.getLocation().getLineNr(), e.getLocation().getColumnNr(), e);
        }
    }

    private static Object fail(String reason, int line, int column, Exception cause) {
        throw new MalformedJsonException(reason, line, column, cause);
    }

    @Override
    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
