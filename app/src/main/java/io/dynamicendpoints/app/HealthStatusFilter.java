package io.dynamicendpoints.app;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.management.endpoint.health.filter.HealthResultFilter;

/**
 * Micronaut's {@link HealthResultFilter} (a health check that is down answers 503), limited to the
 * methods {@code /health} answers. Micronaut matches a filter's paths against every request, and its
 * Ant matcher splits the path into new strings for each of the three patterns: 5.4 % of the
 * listener's CPU samples under the benchmark's scenario (a) (JFR, 2026-11-26). It compares the method
 * first, so a {@code POST} to a listener no longer pays for the patterns.
 */
@Replaces(HealthResultFilter.class)
@Requires(beans = HealthEndpoint.class)
@ServerFilter(value = {HealthResultFilter.DEFAULT_MAPPING, HealthResultFilter.LIVENESS_PROBE_MAPPING,
        HealthResultFilter.READINESS_PROBE_MAPPING}, methods = {HttpMethod.GET, HttpMethod.HEAD})
final class HealthStatusFilter extends HealthResultFilter {

    HealthStatusFilter(HealthEndpoint healthEndpoint) {
        super(healthEndpoint);
    }

    @Override
    @ResponseFilter
    public void doFilter(MutableHttpResponse<?> response) {
        super.doFilter(response);
    }
}
