package io.dynamicendpoints.adapters.persistence.h2;

import io.dynamicendpoints.adapters.persistence.secret.OwnerOnly;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;

import java.nio.file.Path;
import java.util.List;

/**
 * Narrows the embedded database's files to their owner (0600) once the platform started, H2 having
 * made them with the process's umask. Only for the default {@code ./data} folder (see
 * {@link H2DataFolder}); files H2 makes later are inside that 0700 folder.
 */
@Singleton
@Requires(property = "datasources.default.url", pattern = "jdbc:h2:file:.*")
final class H2DataFiles implements ApplicationEventListener<StartupEvent> {

    private static final List<String> SUFFIXES = List.of(".mv.db", ".trace.db", ".lock.db", ".h2.db");

    private final String url;

    H2DataFiles(@Value("${datasources.default.url}") String url) {
        this.url = url;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        H2DataFolder.databaseFile(url).map(Path::toAbsolutePath)
                .filter(file -> H2DataFolder.isDefault(file.getParent()))
                .ifPresent(file -> SUFFIXES.forEach(suffix -> OwnerOnly.restrict(
                        file.resolveSibling(file.getFileName() + suffix))));
    }
}
