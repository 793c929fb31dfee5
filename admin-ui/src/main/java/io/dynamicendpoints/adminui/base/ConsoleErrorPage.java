package io.dynamicendpoints.adminui.base;

import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;

/**
 * Every error page the console's Jetty writes, for the server (a malformed request) and for the web
 * application (a failing or refusing servlet): the status and its reason phrase, nothing else.
 *
 * <p>Why: Jetty's own pages repeat the exception's text (its class, a message naming internals) and,
 * when asked to, its stack; an attacker reads them as a map of the server. What went wrong is in the
 * log, where the administrator looks.
 */
final class ConsoleErrorPage extends ErrorHandler {

    ConsoleErrorPage() {
        setShowStacks(false);
        setShowCauses(false);
        setShowMessageInTitle(false);
        setShowOrigin(false);
    }

    @Override
    protected void writeErrorHtml(Request request, Writer writer, Charset charset, int code, String message,
                                  Throwable cause) throws IOException {
        String status = status(code);
        writer.write("<!DOCTYPE html>\n<html><head><meta charset=\"" + charset.name() + "\"><title>" + status
                + "</title></head>\n<body><h1>" + status + "</h1></body></html>\n");
    }

    @Override
    protected void writeErrorPlain(Request request, PrintWriter writer, int code, String message, Throwable cause) {
        writer.write(status(code) + "\n");
    }

    @Override
    protected void writeErrorJson(Request request, PrintWriter writer, int code, String message, Throwable cause) {
        writer.write("{\"status\": " + code + ", \"message\": \"" + HttpStatus.getMessage(code) + "\"}");
    }

    /** For example {@code 500 Server Error}: Jetty's reason phrases are fixed texts, safe to show. */
    private static String status(int code) {
        return code + " " + HttpStatus.getMessage(code);
    }
}
