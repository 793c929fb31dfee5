package io.dynamicendpoints.application.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dynamicendpoints.application.port.Json;

import java.io.UncheckedIOException;

/**
 * The {@link Json} port over Jackson, for tests only: the application itself never sees a JSON
 * library. Objects come back as insertion-ordered maps, arrays as lists; trailing text after the
 * value is malformed, as it is for the production adapter.
 */
public final class JacksonJson implements Json {

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @Override
    public Object parse(String text) {
        try {
            return mapper.readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            throw new MalformedJsonException(e.getOriginalMessage(), e);
        }
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
