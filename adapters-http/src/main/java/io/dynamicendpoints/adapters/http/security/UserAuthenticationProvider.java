package io.dynamicendpoints.adapters.http.security;

import io.dynamicendpoints.application.user.AuthenticateUser;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;

import java.util.Map;

/**
 * Checks the credentials of {@code POST /login} against the users the platform stores. bcrypt is slow
 * on purpose, so the check runs on the blocking pool, never on the event loop. The account's token
 * stamp becomes a claim of the token it gets (checked by {@link ApiTokenClaims}).
 */
@Singleton
final class UserAuthenticationProvider<B> implements HttpRequestExecutorAuthenticationProvider<B> {

    private final AuthenticateUser authenticateUser;

    UserAuthenticationProvider(AuthenticateUser authenticateUser) {
        this.authenticateUser = authenticateUser;
    }

    /** Named explicitly, though it is the default: the event loop must never run bcrypt. */
    @Override
    public String getExecutorName() {
        return TaskExecutors.BLOCKING;
    }

    @Override
    public @NonNull AuthenticationResponse authenticate(@Nullable HttpRequest<B> request,
                                                        @NonNull AuthenticationRequest<String, String> credentials) {
        return authenticateUser.authenticate(credentials.getIdentity(), credentials.getSecret())
                .map(user -> AuthenticationResponse.success(user.username(),
                        user.roles().stream().map(Enum::name).sorted().toList(),
                        Map.of(ApiTokenClaims.STAMP, user.tokenStamp().value())))
                .orElseGet(() -> AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH));
    }
}
