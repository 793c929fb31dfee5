package io.dynamicendpoints.adapters.http.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.FilterPatternStyle;
import io.micronaut.security.config.SecurityConfiguration;
import io.micronaut.security.filters.AuthenticationFetcher;
import io.micronaut.security.filters.SecurityFilter;
import io.micronaut.security.rules.SecurityRule;

import java.util.Collection;

/**
 * Micronaut Security's filter for everything but the listener. Endpoints are public by design and
 * apply their own JWT and CORS rules; running the API's authentication on them would cost a third of
 * the listener's time (the benchmark's profile) and would even try to read an endpoint's JWT as an API
 * token. Every other path — {@code /api/**}, {@code /login}, management — is secured as before.
 *
 * <p>Why a pattern that leaves the listener out, not a check in {@code doFilter}: a filter
 * that returns a {@code Publisher} makes Micronaut adapt the rest of the request's chain to Reactor
 * and back, even when it only passes the request on. Under the benchmark's scenario (a) that took
 * 3.3 % of the event loops' samples in Reactor and 2.4 % in the filter runner. The pattern says
 * what is secured in the negative: anything not under {@code /listener/}, so a path added later is
 * secured by default. The router does not resolve dot segments, so {@code /listener/../api/...}
 * reaches no API route (a test holds it to that).
 */
@Replaces(SecurityFilter.class)
@Filter(patternStyle = FilterPatternStyle.REGEX, value = ApiSecurityFilter.ALL_BUT_THE_LISTENER)
final class ApiSecurityFilter extends SecurityFilter {

    /** Any path not under {@code /listener/}; {@code (?s)}: a decoded line break must not end the match early. */
    static final String ALL_BUT_THE_LISTENER = "(?s)^(?!/listener/).*";

    ApiSecurityFilter(Collection<SecurityRule<HttpRequest<?>>> securityRules,
                      Collection<AuthenticationFetcher<HttpRequest<?>>> authenticationFetchers,
                      SecurityConfiguration securityConfiguration) {
        super(securityRules, authenticationFetchers, securityConfiguration);
    }
}
