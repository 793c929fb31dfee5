package io.dynamicendpoints.application.requestlog;

import java.util.Locale;
import java.util.Set;

/**
 * The headers and query parameters the request log always stores as {@code ****}: the usual places
 * of passwords, API keys, session cookies, OAuth codes and tokens, and the webhook signatures of the
 * common senders (a signature is not a secret, but it lets whoever reads the log replay the call
 * until it expires). An installation adds names by configuration, an endpoint by its listener's
 * {@code mask_headers} and {@code mask_query}; nothing removes one. Listed in docs/security.md.
 */
public final class CredentialNames {

    /** Header names, lower case. */
    public static final Set<String> HEADERS = Set.of(
            "authorization", "proxy-authorization", "cookie", "set-cookie", "token",
            "x-api-key", "api-key", "apikey", "x-auth-token", "x-access-token", "x-refresh-token", "x-csrf-token",
            "x-xsrf-token", "x-amz-security-token", "x-goog-api-key", "x-gitlab-token", "x-hook-secret",
            "x-hub-signature", "x-hub-signature-256", "stripe-signature", "x-shopify-hmac-sha256",
            "x-slack-signature", "x-twilio-signature", "x-square-hmacsha256-signature", "x-square-signature",
            "paypal-transmission-sig", "x-line-signature", "x-razorpay-signature", "x-cc-webhook-signature",
            "x-pagerduty-signature", "x-hubspot-signature", "x-hubspot-signature-v3", "x-zm-signature",
            "typeform-signature", "linear-signature", "x-twitter-webhooks-signature", "x-signature-ed25519",
            "x-signature", "x-webhook-signature", "webhook-signature", "svix-signature");

    /** Query parameter names, lower case. */
    public static final Set<String> QUERY_PARAMETERS = Set.of(
            "token", "access_token", "id_token", "refresh_token", "auth_token", "private_token", "jwt",
            "api_key", "apikey", "api-key", "key", "secret", "client_secret", "password", "pass", "passwd", "pwd",
            "signature", "sig", "auth", "code", "hub.verify_token", "x-amz-signature", "x-amz-credential",
            "x-amz-security-token");

    private static final boolean[] HEADER_LENGTHS = lengths(HEADERS);
    private static final boolean[] QUERY_LENGTHS = lengths(QUERY_PARAMETERS);

    private CredentialNames() {
    }

    /**
     * Whether a header is on the list, whatever the case of its name. Runs for every header of every
     * logged request: a name whose length no listed name has is answered without touching its text,
     * which is most of them.
     */
    public static boolean isHeader(String name) {
        return listed(name, HEADERS, HEADER_LENGTHS);
    }

    /** Whether a query parameter is on the list, whatever the case of its name. */
    public static boolean isQueryParameter(String name) {
        return listed(name, QUERY_PARAMETERS, QUERY_LENGTHS);
    }

    private static boolean listed(String name, Set<String> names, boolean[] lengths) {
        int length = name.length();
        return length < lengths.length && lengths[length] && names.contains(name.toLowerCase(Locale.ROOT));
    }

    private static boolean[] lengths(Set<String> names) {
        boolean[] lengths = new boolean[names.stream().mapToInt(String::length).max().orElse(0) + 1];
        names.forEach(name -> lengths[name.length()] = true);
        return lengths;
    }
}
