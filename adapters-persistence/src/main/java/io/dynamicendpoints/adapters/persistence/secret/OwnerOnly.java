package io.dynamicendpoints.adapters.persistence.secret;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Folders and files only their owner may read: the data folder (0700), the database files and the
 * secrets key (0600). The database holds password hashes and the request journal, the key opens
 * every endpoint secret; a process's default umask (0022) would leave them readable by every user
 * of the machine. On a file system without POSIX permissions (Windows) nothing is changed, and one
 * line says so.
 */
public final class OwnerOnly {

    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Logger LOG = LoggerFactory.getLogger(OwnerOnly.class);

    private OwnerOnly() {
    }

    /** Creates the folder (and its missing parents) as 0700; an existing one is left as it is. */
    public static void createFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        Path existing = folder.toAbsolutePath().getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (posix(existing)) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(FOLDER));
            // createDirectories applies the umask to the attribute; set what was asked for.
            Files.setPosixFilePermissions(folder, FOLDER);
        } else {
            Files.createDirectories(folder);
        }
    }

    /** Creates a new file holding {@code content}, as 0600 from its first byte. */
    public static void createFile(Path file, byte[] content) throws IOException {
        FileAttribute<?>[] attributes = posix(file.toAbsolutePath().getParent())
                ? new FileAttribute<?>[]{PosixFilePermissions.asFileAttribute(FILE)}
                : new FileAttribute<?>[0];
        // createFile fails if the file exists (FileAlreadyExistsException): never overwrites another's key.
        Files.write(Files.createFile(file, attributes), content);
    }

    /**
     * Narrows an existing folder to 0700 or file to 0600; does nothing for what does not exist.
     * Failing is logged, never thrown: the platform runs as before, only less protected.
     */
    public static void restrict(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        if (!posix(path)) {
            LOG.info("{} keeps its permissions: the file system has no POSIX permissions", path);
            return;
        }
        try {
            Files.setPosixFilePermissions(path, Files.isDirectory(path) ? FOLDER : FILE);
        } catch (IOException | SecurityException e) {
            LOG.warn("Could not make {} readable by its owner only: {}", path, e.getMessage());
        }
    }

    private static boolean posix(Path path) {
        try {
            return path != null && Files.exists(path) && Files.getFileStore(path).supportsFileAttributeView("posix");
        } catch (IOException e) {
            return false;
        }
    }
}
