package io.dynamicendpoints.adapters.http.listener;

import io.dynamicendpoints.application.receive.IncomingRequest;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.QueryStringDecoder;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads a listener request off Netty's request line and headers into the use case's {@link IncomingRequest}. */
final class IncomingRequests {

    private IncomingRequests() {
    }

    static IncomingRequest of(HttpRequest request, String firstHash, String secondHash, byte[] body) {
        return new IncomingRequest(request.method().name(), firstHash, secondHash, query(request.uri()),
                headers(request.headers()), body);
    }

    /**
     * The query string's parameters. Most calls to a webhook carry none: the request line tells at
     * once that there is nothing to decode (a {@code ?} in a path is always percent-encoded).
     */
    static Map<String, List<String>> query(String uri) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (uri.indexOf('?') >= 0) {
            query.putAll(new QueryStringDecoder(uri).parameters());
        }
        return query;
    }

    /**
     * The request's headers by lower-case name, in the order they first came, each name's values in
     * order. Read in one pass over Netty's headers: Micronaut's {@code forEach} first collects the
     * distinct names into a new set, then walks all headers again for each name, and hands out lazy
     * views that the request log's writer, on another thread, then reads through Netty's objects.
     */
    static Map<String, List<String>> headers(HttpHeaders sent) {
        Map<String, List<String>> headers = LinkedHashMap.newLinkedHashMap(sent.size());
        for (Iterator<Map.Entry<String, String>> each = sent.iteratorAsString(); each.hasNext(); ) {
            Map.Entry<String, String> header = each.next();
            headers.merge(header.getKey().toLowerCase(Locale.ROOT), List.of(header.getValue()), IncomingRequests::concatenated);
        }
        return headers;
    }

    /** A header sent again: its values after the earlier ones. */
    private static List<String> concatenated(List<String> earlier, List<String> later) {
        List<String> values = new ArrayList<>(earlier.size() + later.size());
        values.addAll(earlier);
        values.addAll(later);
        return List.copyOf(values);
    }
}
