package io.dynamicendpoints.application.template;

import io.pebbletemplates.pebble.error.ParserException;
import io.pebbletemplates.pebble.lexer.Token;
import io.pebbletemplates.pebble.node.RenderableNode;
import io.pebbletemplates.pebble.parser.Parser;
import io.pebbletemplates.pebble.tokenParser.TokenParser;

import java.util.List;

/**
 * A Pebble tag that templates may not use, refused when the template is compiled (so when a workflow
 * is saved) with a message that says why. The tags that load other templates ({@code include},
 * {@code import}, {@code from}, {@code extends}, {@code embed}) would reach the loader, the only part of
 * Pebble that can read files; the others serve template inheritance and recursion ({@code block},
 * {@code macro}), threads ({@code parallel}) or a shared cache ({@code cache}), none of which a
 * one-text template needs and all of which widen what a template can do to the process.
 */
record ForbiddenTag(String tag, String reason) implements TokenParser {

    static List<ForbiddenTag> all() {
        String otherTemplates = "a template cannot read other templates or files";
        return List.of(
                new ForbiddenTag("include", otherTemplates),
                new ForbiddenTag("import", otherTemplates),
                new ForbiddenTag("from", otherTemplates),
                new ForbiddenTag("extends", otherTemplates),
                new ForbiddenTag("embed", otherTemplates),
                new ForbiddenTag("block", "templates do not inherit from each other"),
                new ForbiddenTag("macro", "macros are not available; use set and for"),
                new ForbiddenTag("parallel", "a template renders on one thread"),
                new ForbiddenTag("cache", "templates share no cache"));
    }

    @Override
    public String getTag() {
        return tag;
    }

    @Override
    public RenderableNode parse(Token token, Parser parser) {
        throw new ParserException(null, "The '" + tag + "' tag is not available: " + reason,
                token.getLineNumber(), null);
    }
}
