package org.conductledger.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The PostgreSQL server of the test run (ADR 0018). The surefire execution {@code postgres} sets
 * {@value #PROPERTY} to an administrator's JDBC URL (from {@code CONDUCT_LEDGER_TEST_PG_URL}, set by
 * {@code .ci/postgres start}); every ledger a test makes then lives in a fresh database of its own on
 * that server, dropped when the test closes it. Without the property, ledgers are embedded H2 files.
 */
public final class TestServers {

    public static final String PROPERTY = "conductledger.test.postgres";
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String MARKER = "ledger.server-url";

    private TestServers() {
    }

    /** The administrator URL when this run is the PostgreSQL run. */
    public static Optional<String> adminUrl() {
        String url = System.getProperty(PROPERTY, "").strip();
        return url.isEmpty() ? Optional.empty() : Optional.of(url);
    }

    public static boolean onServer() {
        return adminUrl().isPresent();
    }

    /** A new, empty database on the server, remembered in {@code directory} for {@link #reopen}. */
    public static DatabaseLocation freshDatabase(Path directory) {
        String admin = adminUrl().orElseThrow();
        String name = "cl_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        execute(admin, "CREATE DATABASE " + name);
        String url = withDatabase(admin, name);
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve(MARKER), url);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return location(url);
    }

    /** The server database made for {@code directory} by {@link #freshDatabase}, if any. */
    public static Optional<DatabaseLocation> reopen(Path directory) {
        Path marker = directory.resolve(MARKER);
        try {
            return Files.isRegularFile(marker) ? Optional.of(location(Files.readString(marker).strip())) : Optional.empty();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Drops a database made by {@link #freshDatabase} (its connections closed first). */
    public static void drop(DatabaseLocation location) {
        String url = location.server().url();
        String name = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        execute(adminUrl().orElseThrow(), "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static DatabaseLocation location(String url) {
        String user = queryParameter(url, "user").orElse("postgres");
        return DatabaseLocation.server(new ServerConnection(url, user, new char[0]));
    }

    static String withDatabase(String adminUrl, String database) {
        int slash = adminUrl.indexOf('/', ServerConnection.URL_PREFIX.length());
        int query = adminUrl.indexOf('?');
        return adminUrl.substring(0, slash + 1) + database + (query < 0 ? "" : adminUrl.substring(query));
    }

    private static Optional<String> queryParameter(String url, String name) {
        int query = url.indexOf('?');
        if (query < 0) {
            return Optional.empty();
        }
        for (String pair : url.substring(query + 1).split("&")) {
            if (pair.startsWith(name + "=")) {
                return Optional.of(pair.substring(name.length() + 1));
            }
        }
        return Optional.empty();
    }

    private static void execute(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL test server: " + sql, e);
        }
    }
}
