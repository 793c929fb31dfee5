package io.dynamicendpoints.domain.listener;

import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The starting step of every virtual workflow: it owns the URL, decides how the caller is answered,
 * and which callers are let in. {@code returnData}, {@code returnHtml} and {@code returnRedirect}
 * are templates; only the one matching {@link #returnType()} is used.
 */
public record EndpointListener(
        EndpointAddress address,
        ReturnType returnType,
        String returnData,
        String returnHtml,
        String returnRedirect,
        JwtRequirement jwt,
        CorsRules cors) {

    public EndpointListener {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(returnType, "returnType");
        returnData = returnData == null ? "" : returnData;
        returnHtml = returnHtml == null ? "" : returnHtml;
        returnRedirect = returnRedirect == null ? "" : returnRedirect;
        jwt = jwt == null ? JwtRequirement.OFF : jwt;
        cors = cors == null ? CorsRules.OFF : cors;
    }

    public EndpointListener withAddress(EndpointAddress newAddress) {
        return new EndpointListener(newAddress, returnType, returnData, returnHtml, returnRedirect, jwt, cors);
    }

    public EndpointListener withJwt(JwtRequirement newJwt) {
        return new EndpointListener(address, returnType, returnData, returnHtml, returnRedirect, newJwt, cors);
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
