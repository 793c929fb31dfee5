package io.dynamicendpoints.adapters.persistence.secret;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.crypto.SecretKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secrets key kept in a file (by default {@code ./data/secret.key}, beside the H2 database, but
 * never in it): read when present, made on first start otherwise, readable by its owner only. A
 * copy of the database without this file reveals no endpoint secret.
 */
public final class SecretKeyFile {

    private static final Logger LOG = LoggerFactory.getLogger(SecretKeyFile.class);

    private SecretKeyFile() {
    }

    /** The key in {@code file}, generating and writing a new one when the file does not exist. */
    public static SecretKey readOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            OwnerOnly.restrict(file);
            return SecretKeys.parse(Files.readString(file, StandardCharsets.US_ASCII), "The secrets key file " + file);
        } catch (IOException e) {
            throw new UncheckedIOException("The secrets key file " + file + " could not be read or created", e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] key = new byte[SecretKeys.KEY_BYTES];
        new SecureRandom().nextBytes(key);
        if (file.toAbsolutePath().getParent() != null) {
            OwnerOnly.createFolder(file.toAbsolutePath().getParent());
        }
        try {
            OwnerOnly.createFile(file, (Base64.getEncoder().encodeToString(key) + "\n").getBytes(StandardCharsets.US_ASCII));
            LOG.info("Generated the secrets key in {}: back it up apart from the database; without it the stored"
                    + " endpoint secrets cannot be read. Every node sharing the database needs the same key", file);
        } catch (FileAlreadyExistsException e) {
            // Another process sharing the folder made it between our look and our write: use theirs.
        }
    }
}
