package io.dynamicendpoints.application.template;

import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.loader.Loader;

import java.io.Reader;

/**
 * The engine's loader, which loads nothing: templates are compiled from their text, and the tags
 * that would load another template are refused when parsed ({@link ForbiddenTag}). Should anything in
 * Pebble still ask for a template by name, it gets an error, never a file or a class-path resource.
 */
final class NoTemplateLoader implements Loader<String> {

    @Override
    public Reader getReader(String name) {
        throw new LoaderException(null, "Templates cannot load other templates or files");
    }

    @Override
    public void setCharset(String charset) {
    }

    @Override
    public void setPrefix(String prefix) {
    }

    @Override
    public void setSuffix(String suffix) {
    }

    @Override
    public String resolveRelativePath(String relativePath, String anchorPath) {
        return relativePath;
    }

    @Override
    public String createCacheKey(String templateName) {
        return templateName;
    }

    @Override
    public boolean resourceExists(String templateName) {
        return false;
    }
}
