package org.conductledger.store;

import java.nio.file.Path;

/**
 * Where an embedded H2 database lives. {@code base} is the file path without H2's {@code .mv.db}
 * suffix; users may name the file with or without it.
 */
public record DatabaseLocation(Path base) {

    public static final String H2_SUFFIX = ".mv.db";

    public static DatabaseLocation of(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        String name = absolute.getFileName().toString();
        if (name.endsWith(H2_SUFFIX)) {
            absolute = absolute.resolveSibling(name.substring(0, name.length() - H2_SUFFIX.length()));
        }
        return new DatabaseLocation(absolute);
    }

    /** The file H2 actually writes. */
    public Path file() {
        return base.resolveSibling(base.getFileName() + H2_SUFFIX);
    }

    /** The name shown in the title bar. */
    public String displayName() {
        return base.getFileName().toString();
    }

    String jdbcUrl() {
        // DATABASE_TO_LOWER: identifiers are stored lower-case, exactly as on PostgreSQL (ADR 0003).
        return "jdbc:h2:file:" + base + ";DATABASE_TO_LOWER=TRUE";
    }

    /** The URL of the AES-encrypted file (ADR 0006). */
    String encryptedJdbcUrl() {
        return jdbcUrl() + ";CIPHER=AES";
    }
}
