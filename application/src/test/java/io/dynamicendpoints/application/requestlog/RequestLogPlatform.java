package io.dynamicendpoints.application.requestlog;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.dynamicendpoints.application.fake.InMemoryRequestLog;
import io.dynamicendpoints.application.fake.InMemoryWorkflows;
import io.dynamicendpoints.application.receive.CorsCheck;
import io.dynamicendpoints.application.receive.IncomingRequest;
import io.dynamicendpoints.application.receive.JwtVerification;
import io.dynamicendpoints.application.receive.ListenerExchange;
import io.dynamicendpoints.application.receive.PublishedEndpoints;
import io.dynamicendpoints.application.receive.ListenerFixture;
import io.dynamicendpoints.application.receive.ReceiveRequest;
import io.dynamicendpoints.application.receive.ReplyContentType;
import io.dynamicendpoints.application.receive.RequestExtraction;
import io.dynamicendpoints.application.receive.RequestRecorder;
import io.dynamicendpoints.application.template.TemplateEngine;
import io.dynamicendpoints.application.testing.JacksonJson;
import io.dynamicendpoints.domain.listener.EndpointListener;
import io.dynamicendpoints.domain.workflow.RunMode;
import io.dynamicendpoints.domain.workflow.Workflow;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The listener and the request log's use cases wired to in-memory fakes, the way the composition root
 * wires them: the live listener reports to {@link #exchanges}, which tests turn into entries.
 */
final class RequestLogPlatform {

    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    static final int MAX_BODY_BYTES = 64;

    final InMemoryWorkflows workflows = new InMemoryWorkflows();
    final PublishedEndpoints endpoints = new PublishedEndpoints(workflows, new TemplateEngine());
    final JacksonJson json = new JacksonJson();
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final RequestLogSettings settings = new RequestLogSettings(MAX_BODY_BYTES, Set.of("X-Api-Key"), Set.of(), 100,
            1024 * 1024, 10, Duration.ZERO, Duration.ZERO, Duration.ofDays(30), 3);
    final List<ListenerExchange> exchanges = new ArrayList<>();
    final InMemoryRequestLog log = new InMemoryRequestLog();
    final RequestLogEntries entries = new RequestLogEntries(new RequestExtraction(json), json, settings);
    final ReceiveRequest listener = receiveRequest(exchanges::add);

    ReceiveRequest receiveRequest(RequestRecorder recorder) {
        return ListenerFixture.receiveRequest(endpoints, new RequestExtraction(json), json, clock, recorder);
    }

    /** Stores and publishes a sync workflow with {@code listener}; returns it as stored. */
    Workflow publish(EndpointListener listener) {
        Workflow stored = workflows.add(Workflow.draft("Orders", "", RunMode.SYNC, listener, List.of()).publish());
        endpoints.refresh();
        return stored;
    }

    static IncomingRequest request(Workflow workflow, String method, Map<String, String> headers, String body) {
        Map<String, List<String>> multi = new LinkedHashMap<>();
        headers.forEach((name, value) -> multi.put(name, List.of(value)));
        return new IncomingRequest(method, workflow.address().firstHash(), workflow.address().secondHash(),
                Map.of(), multi, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    /** The one exchange the listener reported last. */
    ListenerExchange lastExchange() {
        return exchanges.getLast();
    }

    static String token(String issuer, String secret, Object data) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer)
                .expirationTime(Date.from(NOW.plusSeconds(300)));
        if (data != null) {
            claims.claim("data", data);
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
        try {
            jwt.sign(new MACSigner(JwtVerification.hmacKey(secret)));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
