package io.dynamicendpoints.app;

import io.dynamicendpoints.application.receive.BodyLimits;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.core.convert.format.ReadableBytes;

/**
 * The listener's limits ({@code dynamic-endpoints.listener.*}). {@code max-body-size} (default 10 MiB,
 * behaviour.md §16 #23) also sets {@code micronaut.server.max-request-size} in {@code application.yml},
 * so a larger body is refused with 413 while it arrives instead of being buffered whole. A form of more
 * than {@code max-form-fields} fields, or a multipart body of more than {@code max-multipart-parts}
 * parts, is refused with 413 {@code too_many_fields} as soon as the count is passed.
 */
@ConfigurationProperties("dynamic-endpoints.listener")
public record ListenerConfiguration(@Bindable(defaultValue = "10MB") @ReadableBytes long maxBodySize,
                                    @Bindable(defaultValue = "10000") int maxFormFields,
                                    @Bindable(defaultValue = "1000") int maxMultipartParts) {

    BodyLimits bodyLimits() {
        return new BodyLimits(maxBodySize, maxFormFields, maxMultipartParts);
    }
}
