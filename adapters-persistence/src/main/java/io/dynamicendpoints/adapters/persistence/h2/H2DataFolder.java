package io.dynamicendpoints.adapters.persistence.h2;

import io.dynamicendpoints.adapters.persistence.secret.OwnerOnly;
import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Keeps the embedded database's folder to its owner (0700) before H2 opens it: H2 creates its files
 * with the process's umask, usually readable by everyone, and they hold password hashes and the
 * request journal. Runs when the datasource's configuration is made, which is before the pool (and
 * Flyway) first connects. The folder is created 0700 when it does not exist yet; an existing one is
 * narrowed only when it is the default {@code ./data}, since an operator's own folder may be shared
 * on purpose. The files themselves are narrowed at start ({@link H2DataFiles}).
 */
@Singleton
final class H2DataFolder implements BeanCreatedEventListener<DatasourceConfiguration> {

    static final Path DEFAULT_FOLDER = Path.of("data");
    private static final String FILE_PREFIX = "jdbc:h2:file:";
    private static final Logger LOG = LoggerFactory.getLogger(H2DataFolder.class);

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration configuration = event.getBean();
        databaseFile(configuration.getUrl()).map(file -> file.toAbsolutePath().getParent()).ifPresent(folder -> {
            try {
                OwnerOnly.createFolder(folder);
            } catch (IOException e) {
                LOG.warn("Could not create the database folder {} readable by its owner only: {}", folder, e.getMessage());
                return;
            }
            if (isDefault(folder)) {
                OwnerOnly.restrict(folder);
            }
        });
        return configuration;
    }

    /** The database's path without H2's suffix, for an embedded file URL; empty for any other. */
    static Optional<Path> databaseFile(String url) {
        if (url == null || !url.startsWith(FILE_PREFIX)) {
            return Optional.empty();
        }
        String path = url.substring(FILE_PREFIX.length());
        int options = path.indexOf(';');
        path = options < 0 ? path : path.substring(0, options);
        // H2 reads ~ as the user's home; such a folder is the operator's choice, not ours.
        return path.isEmpty() || path.startsWith("~") ? Optional.empty() : Optional.of(Path.of(path));
    }

    static boolean isDefault(Path folder) {
        return folder.normalize().equals(DEFAULT_FOLDER.toAbsolutePath().normalize());
    }
}
