package org.conductledger.store;

import java.nio.file.Path;

/**
 * Where a ledger lives: an embedded H2 file ({@code base} is the file path without H2's {@code .mv.db}
 * suffix; users may name the file with or without it), or a PostgreSQL server ({@code server}; ADR 0018).
 * Exactly one of the two is set.
 */
public record DatabaseLocation(Path base, ServerConnection server) {

    public static final String H2_SUFFIX = ".mv.db";

    public DatabaseLocation {
        if ((base == null) == (server == null)) {
            throw new IllegalArgumentException("a ledger is either a file or a server");
        }
    }

    public static DatabaseLocation of(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        String name = absolute.getFileName().toString();
        if (name.endsWith(H2_SUFFIX)) {
            absolute = absolute.resolveSibling(name.substring(0, name.length() - H2_SUFFIX.length()));
        }
        return new DatabaseLocation(absolute, null);
    }

    public static DatabaseLocation server(ServerConnection server) {
        return new DatabaseLocation(null, server);
    }

    /** True for a PostgreSQL server, false for an embedded file. */
    public boolean isServer() {
        return server != null;
    }

    /** The file H2 actually writes (embedded files only). */
    public Path file() {
        if (base == null) {
            throw new IllegalStateException("a server ledger has no file: " + server.displayName());
        }
        return base.resolveSibling(base.getFileName() + H2_SUFFIX);
    }

    /** The name shown in the title bar: the file name, or host:port/database. */
    public String displayName() {
        return isServer() ? server.displayName() : base.getFileName().toString();
    }

    /** The file's name (with its suffix), or host:port/database: the title bar's name for the ledger. */
    public String fileName() {
        return isServer() ? server.displayName() : file().getFileName().toString();
    }

    /** What messages and the log name: the file's full path, or the server's host:port/database. */
    public String describe() {
        return isServer() ? server.displayName() : file().toString();
    }

    String jdbcUrl() {
        if (isServer()) {
            return server.url();
        }
        // DATABASE_TO_LOWER: identifiers are stored lower-case, exactly as on PostgreSQL (ADR 0003).
        // WRITE_DELAY=0: a commit is written to the file before it returns. H2's default (500 ms, in a background
        // thread) lost the last half second of committed work and left the audit anchor ahead of the chain
        // (ROLLBACK_DETECTED) when the process was killed — found by the crash suite (issue 13, ADR 0022).
        // CACHE_SIZE (KB): 64 MB of decrypted pages instead of H2's 16 MB; at 100,000 members the roster's pages
        // then stay in it, and reloading the roster takes 0.5 s instead of 1.4 s (issue 12, ADR 0021).
        return "jdbc:h2:file:" + base + ";DATABASE_TO_LOWER=TRUE;WRITE_DELAY=0;CACHE_SIZE=65536";
    }

    /** The URL of the AES-encrypted file (ADR 0006). */
    String encryptedJdbcUrl() {
        return jdbcUrl() + ";CIPHER=AES";
    }
}
