package io.dynamicendpoints.adapters.http;

import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.netty.NettyHttpHeaders;

/**
 * Sets a header on a reply, for a value the platform made itself or has already checked, in a way that
 * keeps the reply's content type as Micronaut holds it parsed.
 *
 * <p>Why: any header set through Micronaut's {@code header()} or {@code set()} drops the parsed content
 * type, which Micronaut then parses again from its text to encode the reply. The listener's {@code Date}
 * and every reply's {@code X-Request-Id} made that happen on every request (1.7 % of the event loops'
 * samples under (a) of the benchmark). Netty's own setter skips the header validation too, which is why
 * only values that need none come here; and it leaves Micronaut's parsed headers as they were, which is
 * why it is not for {@code Content-Type}, {@code Content-Length}, {@code Accept} or {@code Origin}.
 */
public final class ReplyHeader {

    private ReplyHeader() {
    }

    public static void set(MutableHttpResponse<?> reply, CharSequence name, String value) {
        if (reply.getHeaders() instanceof NettyHttpHeaders headers) {
            headers.setUnsafe(name, value);
        } else {
            reply.header(name, value);
        }
    }
}
