package io.dynamicendpoints.application.receive;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code Content-Type} value taken apart (RFC 9110 §8.3): the media type in lower case and its
 * parameters, names lower case, quoted values unquoted. Also used for multipart part headers and
 * {@code Content-Disposition}, which share the parameter syntax.
 */
record ContentTypeHeader(String mediaType, Map<String, String> parameters) {

    static final ContentTypeHeader NONE = new ContentTypeHeader("", Map.of());

    static ContentTypeHeader parse(String value) {
        if (value == null || value.isBlank()) {
            return NONE;
        }
        int semicolon = value.indexOf(';');
        String type = (semicolon < 0 ? value : value.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
        Map<String, String> parameters = new LinkedHashMap<>();
        int i = semicolon < 0 ? value.length() : semicolon + 1;
        while (i < value.length()) {
            int equals = value.indexOf('=', i);
            int nextSemicolon = value.indexOf(';', i);
            if (equals < 0 || (nextSemicolon >= 0 && nextSemicolon < equals)) {
                // A parameter without a value ("; foo;"): skip it.
                i = nextSemicolon < 0 ? value.length() : nextSemicolon + 1;
                continue;
            }
            String name = value.substring(i, equals).strip().toLowerCase(Locale.ROOT);
            int start = equals + 1;
            while (start < value.length() && value.charAt(start) == ' ') {
                start++;
            }
            StringBuilder parameterValue = new StringBuilder();
            int end;
            if (start < value.length() && value.charAt(start) == '"') {
                end = start + 1;
                while (end < value.length() && value.charAt(end) != '"') {
                    char c = value.charAt(end);
                    if (c == '\\' && end + 1 < value.length()) {
                        c = value.charAt(++end);
                    }
                    parameterValue.append(c);
                    end++;
                }
                int after = value.indexOf(';', end);
                i = after < 0 ? value.length() : after + 1;
            } else {
                end = value.indexOf(';', start);
                parameterValue.append(value, start, end < 0 ? value.length() : end);
                i = end < 0 ? value.length() : end + 1;
            }
            if (!name.isEmpty()) {
                parameters.putIfAbsent(name, parameterValue.toString().strip());
            }
        }
        return new ContentTypeHeader(type, Map.copyOf(parameters));
    }

    Optional<String> parameter(String name) {
        return Optional.ofNullable(parameters.get(name));
    }

    /**
     * The declared charset, or {@code fallback} when none is declared.
     *
     * @throws UnreadableBodyException when the declared charset is unknown to the JDK
     */
    Charset charset(Charset fallback) {
        Optional<String> declared = parameter("charset").filter(name -> !name.isEmpty());
        if (declared.isEmpty()) {
            return fallback;
        }
        try {
            return Charset.forName(declared.get());
        } catch (UnsupportedCharsetException | IllegalCharsetNameException e) {
            throw new UnreadableBodyException(BodyRefusal.UNSUPPORTED_CHARSET,
                    "The charset '" + declared.get() + "' is not supported; send UTF-8 or another standard charset");
        }
    }

    boolean isJson() {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }
}
