package io.dynamicendpoints.domain.listener;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The starting step of every virtual workflow: it owns the URL, decides how the caller is answered,
 * and which callers are let in. {@code returnData}, {@code returnHtml} and {@code returnRedirect}
 * are templates; only the one matching {@link #returnType()} is used.
 *
 * @param requestLogRetention how long this endpoint's requests stay in the request log; empty means the
 *                            platform's default ({@code dynamic-endpoints.request-log.retention})
 * @param logMasking          headers and query parameters the request log masks besides the platform's list
 */
public record EndpointListener(
        EndpointAddress address,
        ReturnType returnType,
        String returnData,
        String returnHtml,
        String returnRedirect,
        JwtRequirement jwt,
        CorsRules cors,
        Optional<Duration> requestLogRetention,
        LogMasking logMasking) {

    /** The longest a per-endpoint retention may be, in days: about ten years. */
    public static final int MAX_REQUEST_LOG_RETENTION_DAYS = 3650;

    public EndpointListener {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(returnType, "returnType");
        returnData = returnData == null ? "" : returnData;
        returnHtml = returnHtml == null ? "" : returnHtml;
        returnRedirect = returnRedirect == null ? "" : returnRedirect;
        jwt = jwt == null ? JwtRequirement.OFF : jwt;
        cors = cors == null ? CorsRules.OFF : cors;
        requestLogRetention = requestLogRetention == null ? Optional.empty() : requestLogRetention;
        logMasking = logMasking == null ? LogMasking.NONE : logMasking;
        requestLogRetention.ifPresent(retention -> {
            if (retention.compareTo(Duration.ofDays(1)) < 0
                    || retention.compareTo(Duration.ofDays(MAX_REQUEST_LOG_RETENTION_DAYS)) > 0) {
                throw new IllegalArgumentException("A request log retention lies between 1 and "
                        + MAX_REQUEST_LOG_RETENTION_DAYS + " days");
            }
        });
    }

    /** A listener that masks no more than the platform's list. */
    public EndpointListener(EndpointAddress address, ReturnType returnType, String returnData, String returnHtml,
                            String returnRedirect, JwtRequirement jwt, CorsRules cors,
                            Optional<Duration> requestLogRetention) {
        this(address, returnType, returnData, returnHtml, returnRedirect, jwt, cors, requestLogRetention,
                LogMasking.NONE);
    }

    /** A listener that keeps its requests as long as the platform's default says. */
    public EndpointListener(EndpointAddress address, ReturnType returnType, String returnData, String returnHtml,
                            String returnRedirect, JwtRequirement jwt, CorsRules cors) {
        this(address, returnType, returnData, returnHtml, returnRedirect, jwt, cors, Optional.empty(),
                LogMasking.NONE);
    }

    public EndpointListener withAddress(EndpointAddress newAddress) {
        return new EndpointListener(newAddress, returnType, returnData, returnHtml, returnRedirect, jwt, cors,
                requestLogRetention, logMasking);
    }

    public EndpointListener withJwt(JwtRequirement newJwt) {
        return new EndpointListener(address, returnType, returnData, returnHtml, returnRedirect, newJwt, cors,
                requestLogRetention, logMasking);
    }

    public EndpointListener withRequestLogRetention(Optional<Duration> retention) {
        return new EndpointListener(address, returnType, returnData, returnHtml, returnRedirect, jwt, cors, retention,
                logMasking);
    }

    public EndpointListener withLogMasking(LogMasking masking) {
        return new EndpointListener(address, returnType, returnData, returnHtml, returnRedirect, jwt, cors,
                requestLogRetention, masking);
    }

    /** A listener whose generated parts (key and secret when authentication is on) are filled in. */
    public EndpointListener withGeneratedCredentials(RandomGenerator random) {
        return withJwt(jwt.withGeneratedCredentials(random));
    }

    /** The template that produces the reply for a fixed return type, empty otherwise. */
    public String replyTemplate() {
        return switch (returnType) {
            case DATA -> returnData;
            case HTML -> returnHtml;
            case REDIRECT -> returnRedirect;
            case CONTINUE, SSE -> "";
        };
    }
}
