package io.dynamicendpoints.adapters.http.security;

import io.dynamicendpoints.application.user.AuthenticateUser;
import io.dynamicendpoints.application.user.ClientAddress;
import io.dynamicendpoints.application.user.SignIn;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;

import java.net.InetSocketAddress;
import java.util.Map;

/**
 * Checks the credentials of {@code POST /login} against the users the platform stores. bcrypt is slow
 * on purpose, so the check runs on the blocking pool, never on the event loop. The account's token
 * stamp becomes a claim of the token it gets (checked by {@link ApiTokenClaims}).
 *
 * <p>The throttle counts failures by the connection's remote address. Headers such as
 * {@code X-Forwarded-For} are not read: any caller can write them, and would pick a fresh address for
 * every guess. Behind a proxy all callers share the proxy's address.
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
        SignIn outcome = authenticateUser.authenticate(credentials.getIdentity(), credentials.getSecret(), clientOf(request));
        return switch (outcome) {
            case SignIn.SignedIn signedIn -> AuthenticationResponse.success(signedIn.account().username(),
                    signedIn.account().roles().stream().map(Enum::name).sorted().toList(),
                    Map.of(ApiTokenClaims.STAMP, signedIn.account().tokenStamp().value()));
            case SignIn.Throttled throttled -> new TooManyLoginAttempts(throttled.retryAfter());
            case SignIn.Refused refused -> AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        };
    }

    private static ClientAddress clientOf(@Nullable HttpRequest<?> request) {
        InetSocketAddress remote = request == null ? null : request.getRemoteAddress();
        if (remote == null) {
            return ClientAddress.UNKNOWN;
        }
        return remote.getAddress() != null ? ClientAddress.of(remote.getAddress()) : ClientAddress.of(remote.getHostString());
    }
}
