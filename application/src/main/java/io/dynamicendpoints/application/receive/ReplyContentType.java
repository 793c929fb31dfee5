package io.dynamicendpoints.application.receive;

import io.dynamicendpoints.application.port.Json;

import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import java.io.StringReader;
import java.util.Locale;
import java.util.Optional;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Picks the content type of a rendered {@code data} reply: JSON when it parses as an object or
 * array, HTML when it is an HTML document, XML when well-formed, and HTML otherwise (the product's
 * PHP heritage). Empty text has no content type.
 */
public final class ReplyContentType {

    public static final String JSON = "application/json; charset=UTF-8";
    public static final String XML = "application/xml; charset=UTF-8";
    public static final String HTML = "text/html; charset=UTF-8";

    private final Json json;
    private final SAXParserFactory xml;

    public ReplyContentType(Json json) {
        this.json = json;
        this.xml = SAXParserFactory.newInstance();
        try {
            // No DTDs, no external entities: a reply is checked, never resolved.
            xml.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            xml.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (Exception e) {
            throw new IllegalStateException("The JDK XML parser refuses secure processing", e);
        }
    }

    public Optional<String> detect(String body) {
        String text = body.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        char first = text.charAt(0);
        if (first == '{' || first == '[') {
            if (StrictJson.isObjectOrArray(text)) {
                return Optional.of(JSON); // the usual reply, recognised without building it
            }
            try { // what the strict reader does not recognise, the JSON parser decides, as it always did
                json.parse(text);
                return Optional.of(JSON);
            } catch (Json.MalformedJsonException notJson) {
                return Optional.of(HTML);
            }
        }
        if (first == '<') {
            String lower = text.substring(0, Math.min(text.length(), 64)).toLowerCase(Locale.ROOT);
            if (lower.startsWith("<!doctype html") || lower.startsWith("<html")) {
                return Optional.of(HTML);
            }
            return Optional.of(isWellFormedXml(text) ? XML : HTML);
        }
        return Optional.of(HTML);
    }

    private boolean isWellFormedXml(String text) {
        try {
            SAXParser parser = xml.newSAXParser();
            parser.parse(new InputSource(new StringReader(text)), new DefaultHandler());
            return true;
        } catch (Exception notXml) {
            return false;
        }
    }
}
