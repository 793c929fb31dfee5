package io.dynamicendpoints.application.receive;

import io.dynamicendpoints.application.port.Json;
import io.dynamicendpoints.application.port.Sessions;
import io.dynamicendpoints.domain.record.VirtualRecord;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a request into its virtual record (behaviour.md §6), by the first rule that applies: a form
 * body (url-encoded or multipart), a JSON body, any other body as raw text, or no body. The query
 * string is merged in each case and the body wins a clash. Form fields and query parameters in
 * bracket notation become nested values, as in PHP. Last, the reserved {@code __} keys are written
 * (headers, raw body, the session's user), replacing whatever a caller sent under those names.
 *
 * <p>The same rules apply to every method. A body that cannot be read as declared (too large,
 * malformed JSON or multipart, unknown charset) is refused with an {@link UnreadableBodyException}.
 */
public final class RequestExtraction {

    /** behaviour.md §16 #23. */
    public static final long DEFAULT_MAX_BODY_BYTES = 10L * 1024 * 1024;
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String MULTIPART = "multipart/form-data";
    private static final String OCTET_STREAM = "application/octet-stream";

    private final Json json;
    private final Sessions sessions;
    private final long maxBodyBytes;
    private final BodyLimits limits;

    public RequestExtraction(Json json, Sessions sessions, BodyLimits limits) {
        this.json = json;
        this.sessions = sessions;
        this.limits = limits;
        this.maxBodyBytes = limits.maxBodyBytes();
    }

    /** With the default field and part counts. */
    public RequestExtraction(Json json, Sessions sessions, long maxBodyBytes) {
        this(json, sessions, BodyLimits.ofSize(maxBodyBytes));
    }

    /** Without sessions and with the default body limit. */
    public RequestExtraction(Json json) {
        this(json, Sessions.none(), DEFAULT_MAX_BODY_BYTES);
    }

    /** @throws UnreadableBodyException when the body cannot be read as the request declares it */
    public VirtualRecord extract(IncomingRequest request) {
        byte[] body = request.body();
        if (body.length > maxBodyBytes) {
            throw new UnreadableBodyException(BodyRefusal.TOO_LARGE,
                    "The body has " + body.length + " bytes; this endpoint accepts at most " + maxBodyBytes);
        }
        FormFields query = new FormFields();
        request.query().forEach((name, values) -> values.forEach(value -> query.add(name, value)));
        Map<String, Object> data = new LinkedHashMap<>(query.toMap());

        String rawBody = null;
        if (body.length > 0) {
            ContentTypeHeader contentType = ContentTypeHeader.parse(request.header("content-type").orElse(null));
            Charset charset = contentType.charset(StandardCharsets.UTF_8);
            switch (contentType.mediaType()) {
                case FORM -> data.putAll(urlEncoded(body, charset));
                case MULTIPART -> data.putAll(multipart(body, contentType, charset));
                default -> {
                    String text = new String(body, charset);
                    Object parsed = contentType.isJson() ? parseDeclaredJson(text) : parseLikelyJson(contentType, text);
                    if (parsed instanceof Map<?, ?> object) {
                        object.forEach((key, value) -> data.put(String.valueOf(key), value));
                    } else if (parsed instanceof List<?> array) {
                        for (int i = 0; i < array.size(); i++) {
                            data.put(Integer.toString(i), array.get(i));
                        }
                    } else {
                        rawBody = text; // plain text, XML, CSV…, and JSON scalars (behaviour.md §16 #16)
                    }
                }
            }
        }

        data.keySet().removeAll(VirtualRecord.RESERVED_KEYS);
        data.put(VirtualRecord.HEADERS, headers(request.headers()));
        if (rawBody != null) {
            data.put(VirtualRecord.RAW_BODY, rawBody);
        }
        sessions.signedInUser(request.headers()).ifPresent(user -> {
            data.put(VirtualRecord.LOGGED_IN_USER_ID, user.id());
            data.put(VirtualRecord.LOGGED_IN_USER_FULL_NAME, user.fullName());
        });
        return new VirtualRecord(data);
    }

    private Object parseDeclaredJson(String text) {
        String json = withoutByteOrderMark(text);
        if (json.isBlank()) {
            return null; // declared JSON, empty body: query only (behaviour.md §6.1)
        }
        try {
            return this.json.parse(json);
        } catch (Json.MalformedJsonException e) {
            String where = e.line() > 0 ? " at line " + e.line() + ", column " + e.column() : "";
            throw new UnreadableBodyException(BodyRefusal.INVALID_JSON,
                    "The body is declared as JSON but is not valid JSON: " + e.getMessage() + where);
        }
    }

    /** A body without a type, or sent as text/plain, is JSON when it parses as an object or array; else raw text. */
    private Object parseLikelyJson(ContentTypeHeader contentType, String text) {
        if (!contentType.mediaType().isEmpty() && !contentType.mediaType().equals("text/plain")) {
            return null;
        }
        String trimmed = withoutByteOrderMark(text).strip();
        boolean bracketed = (trimmed.startsWith("{") && trimmed.endsWith("}"))
                || (trimmed.startsWith("[") && trimmed.endsWith("]"));
        if (!bracketed) {
            return null;
        }
        try {
            return json.parse(trimmed);
        } catch (Json.MalformedJsonException notJson) {
            return null;
        }
    }

    private Map<String, Object> urlEncoded(byte[] body, Charset charset) {
        FormFields fields = new FormFields();
        UrlEncodedForm.read(body, charset, limits.maxFormFields(), fields::add);
        return fields.toMap();
    }

    private Map<String, Object> multipart(byte[] body, ContentTypeHeader contentType, Charset charset) {
        FormFields fields = new FormFields();
        for (MultipartForm.Part part : MultipartForm.parse(body, contentType, limits.maxMultipartParts())) {
            if (part.filename().isPresent()) {
                Map<String, Object> file = new LinkedHashMap<>();
                file.put("name", part.filename().get());
                file.put("size", part.content().length);
                file.put("content_type", part.contentType().mediaType().isEmpty()
                        ? OCTET_STREAM : part.contentType().mediaType());
                fields.add(part.name(), file);
            } else {
                fields.add(part.name(), MultipartForm.text(part, charset));
            }
        }
        return fields.toMap();
    }

    private static String withoutByteOrderMark(String text) {
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    private static Map<String, Object> headers(Map<String, List<String>> headers) {
        Map<String, Object> byName = LinkedHashMap.newLinkedHashMap(headers.size());
        // A header sent once, as most are, is its one value: String.join would copy it.
        headers.forEach((name, values) -> byName.merge(name.toLowerCase(Locale.ROOT),
                values.size() == 1 ? values.getFirst() : String.join(", ", values),
                (first, second) -> first + ", " + second));
        return byName;
    }
}
