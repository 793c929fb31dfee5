package io.dynamicendpoints.adapters.http.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.security.config.SecurityConfiguration;
import io.micronaut.security.filters.AuthenticationFetcher;
import io.micronaut.security.filters.SecurityFilter;
import io.micronaut.security.rules.SecurityRule;
import org.reactivestreams.Publisher;

import java.util.Collection;

/**
 * Micronaut Security's filter for everything but the listener. Endpoints are public by design and
 * apply their own JWT and CORS rules; running the API's authentication on them would cost a third of
 * the listener's time (the benchmark's profile) and would even try to read an endpoint's JWT as an API
 * token. Every other path — {@code /api/**}, {@code /login}, management — is secured as before.
 */
@Replaces(SecurityFilter.class)
@Filter(Filter.MATCH_ALL_PATTERN)
final class ApiSecurityFilter extends SecurityFilter {

    private static final String LISTENER = "/listener/";

    ApiSecurityFilter(Collection<SecurityRule<HttpRequest<?>>> securityRules,
                      Collection<AuthenticationFetcher<HttpRequest<?>>> authenticationFetchers,
                      SecurityConfiguration securityConfiguration) {
        super(securityRules, authenticationFetchers, securityConfiguration);
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        if (request.getPath().startsWith(LISTENER)) {
            return chain.proceed(request);
        }
        return super.doFilter(request, chain);
    }
}
