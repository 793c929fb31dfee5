package io.dynamicendpoints.application.engine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A failure's detail as the server log may keep it: the parts of URLs that carry secrets (query
 * strings such as {@code ?api_key=...}, fragments, {@code user:password@}) are cut. Why: a workflow's
 * URL is a template that often holds a partner's credentials, and logs travel further than the
 * trace (collectors, tickets, screenshots). The trace keeps the detail whole, for admins.
 */
public final class RedactedUrls {

    /** User info and fragments are looked for word by word: a URL that has them holds no white space before. */
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Pattern QUERY = Pattern.compile("\\?\\S");
    private static final Pattern USER_INFO = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*://)[^/?#@]*@");
    private static final String CUT = "\u2026";

    private RedactedUrls() {
    }

    /**
     * {@code text} with URLs' user info and fragments cut, and everything from the first query string
     * on (a {@code ?} followed by more than white space): a query may hold a space (that is why a URL
     * was "not a URL"), so where it ends cannot be known, and the log loses the rest of the line rather
     * than risk a credential.
     */
    public static String in(String text) {
        if (text == null) {
            return null;
        }
        Matcher query = QUERY.matcher(text);
        String kept = query.find() ? text.substring(0, query.start() + 1) + CUT : text;
        if (kept.indexOf('@') < 0 && kept.indexOf('#') < 0) {
            return kept;
        }
        Matcher words = WORD.matcher(kept);
        StringBuilder redacted = new StringBuilder(kept.length());
        while (words.find()) {
            words.appendReplacement(redacted, Matcher.quoteReplacement(word(words.group())));
        }
        return words.appendTail(redacted).toString();
    }

    private static String word(String word) {
        int scheme = word.indexOf("://");
        if (scheme <= 0) {
            return word;
        }
        String redacted = word;
        int fragment = redacted.indexOf('#', scheme);
        if (fragment >= 0 && fragment < redacted.length() - 1) {
            redacted = redacted.substring(0, fragment + 1) + CUT;
        }
        return USER_INFO.matcher(redacted).replaceAll("$1" + CUT + "@");
    }
}
