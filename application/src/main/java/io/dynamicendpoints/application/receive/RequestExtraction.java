package io.dynamicendpoints.application.receive;

import io.dynamicendpoints.application.port.Json;
import io.dynamicendpoints.domain.record.VirtualRecord;

import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a request into its virtual record, by the first rule that applies: a form body, a JSON body,
 * any other body as raw text, or no body; the query string is merged in each case (the body wins a
 * clash), then the reserved {@code __} keys are written so a caller cannot spoof them.
 */
public final class RequestExtraction {

    private final Json json;

    public RequestExtraction(Json json) {
        this.json = json;
    }

    public VirtualRecord extract(IncomingRequest request) {
        Map<String, Object> data = new LinkedHashMap<>();
        request.query().forEach((name, values) -> data.put(name, single(values)));

        String contentType = request.header("content-type").orElse("").toLowerCase(Locale.ROOT);
        String mediaType = contentType.split(";", 2)[0].trim();
        Charset charset = charset(contentType);
        String rawBody = null;
        if (request.body().length > 0) {
            String text = new String(request.body(), charset);
            if (mediaType.equals("application/x-www-form-urlencoded")) {
                data.putAll(form(text, charset));
            } else if (isJsonType(mediaType) || looksLikeJson(mediaType, text)) {
                Object parsed;
                try {
                    parsed = json.parse(text);
                } catch (Json.MalformedJsonException e) {
                    if (isJsonType(mediaType)) {
                        throw e; // declared JSON that is not: the caller must hear about it
                    }
                    parsed = text; // merely looked like JSON: keep it as text
                }
                if (parsed instanceof Map<?, ?> object) {
                    object.forEach((key, value) -> data.put(String.valueOf(key), value));
                } else if (parsed instanceof List<?> array) {
                    for (int i = 0; i < array.size(); i++) {
                        data.put(Integer.toString(i), array.get(i));
                    }
                } else {
                    rawBody = text;
                }
            } else {
                rawBody = text;
            }
        }
        // Reserved keys are the platform's to write: whatever the caller sent under them goes.
        data.keySet().removeIf(key -> key.startsWith("__"));
        data.put(VirtualRecord.HEADERS, headers(request.headers()));
        if (rawBody != null) {
            data.put(VirtualRecord.RAW_BODY, rawBody);
        } else {
            data.remove(VirtualRecord.RAW_BODY);
        }
        return new VirtualRecord(data);
    }

    private static boolean isJsonType(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private static boolean looksLikeJson(String mediaType, String text) {
        if (!mediaType.isEmpty() && !mediaType.equals("text/plain")) {
            return false;
        }
        String trimmed = text.strip();
        return (trimmed.startsWith("{") && trimmed.endsWith("}")) || (trimmed.startsWith("[") && trimmed.endsWith("]"));
    }

    private static Charset charset(String contentType) {
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.trim().split("=", 2);
            if (pair.length == 2 && pair[0].trim().equals("charset")) {
                try {
                    return Charset.forName(pair[1].trim().replace("\"", ""));
                } catch (IllegalArgumentException unsupported) {
                    return StandardCharsets.UTF_8;
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static Map<String, Object> form(String text, Charset charset) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String[] parts = pair.split("=", 2);
            String name = URLDecoder.decode(parts[0], charset);
            String value = parts.length == 2 ? URLDecoder.decode(parts[1], charset) : "";
            fields.put(name, value);
        }
        return fields;
    }

    private static Map<String, Object> headers(Map<String, List<String>> headers) {
        Map<String, Object> byName = new LinkedHashMap<>();
        headers.forEach((name, values) -> byName.put(name.toLowerCase(Locale.ROOT), String.join(", ", values)));
        return byName;
    }

    private static Object single(List<String> values) {
        return values == null || values.isEmpty() ? "" : values.get(values.size() - 1);
    }
}
