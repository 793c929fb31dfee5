package io.dynamicendpoints.app;

import io.dynamicendpoints.application.template.TemplateLimits;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * How far one render of a template may go ({@code dynamic-endpoints.templates.*}) before it fails with
 * a clear error instead of holding a thread or the heap; see {@link TemplateLimits}.
 */
@ConfigurationProperties("dynamic-endpoints.templates")
public record TemplatesConfiguration(
        @Bindable(defaultValue = "16777216") int maxOutputChars,
        @Bindable(defaultValue = "16777216") int maxValueSize,
        @Bindable(defaultValue = "100000") int maxLoopIterations,
        @Bindable(defaultValue = "2s") Duration maxRenderTime) {

    TemplateLimits limits() {
        return new TemplateLimits(maxOutputChars, maxValueSize, maxLoopIterations, maxRenderTime);
    }
}
