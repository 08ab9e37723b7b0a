package org.conductledger.service;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import org.conductledger.model.ConnectionField;
import org.conductledger.model.ConnectionMode;
import org.conductledger.model.ConnectionSettings;
import org.conductledger.model.LedgerException;
import org.conductledger.model.Problem;
import org.conductledger.model.TlsMode;
import org.conductledger.model.ValidationException;
import org.conductledger.store.DatabaseLocation;
import org.conductledger.store.ServerConnection;

/**
 * {@code connection.properties} in the user's data directory: which ledger the desktop application opens
 * (ADR 0018). No file means the embedded file. Keys: {@code mode} (embedded|server), {@code url}
 * ({@code jdbc:postgresql://host:port/database}), {@code user}, {@code password} (optional: without it
 * {@code CONDUCT_LEDGER_DB_PASSWORD} is used), {@code sslmode}, {@code sslrootcert}. Written whole or not at
 * all, readable by its owner only, since it may hold the service account's password.
 */
public final class ConnectionSettingsStore {

    public static final String FILE_NAME = "connection.properties";
    public static final String PASSWORD_VARIABLE = "CONDUCT_LEDGER_DB_PASSWORD";

    private final Path file;
    private final Path defaultDatabase;
    private final Function<String, String> environment;

    /**
     * @param file            the settings file
     * @param defaultDatabase the embedded ledger (its path without {@code .mv.db})
     * @param environment     the process environment ({@code System::getenv}; tests pass a map)
     */
    public ConnectionSettingsStore(Path file, Path defaultDatabase, Function<String, String> environment) {
        this.file = file;
        this.defaultDatabase = defaultDatabase;
        this.environment = environment;
    }

    public Path file() {
        return file;
    }

    /** The saved settings; the embedded file when there are none. Refuses a file it cannot make sense of, naming the key. */
    public ConnectionSettings load() {
        if (!Files.isRegularFile(file)) {
            return ConnectionSettings.EMBEDDED;
        }
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new LedgerException(e, "connection.error.unreadable", file);
        }
        String modeValue = p.getProperty("mode", ConnectionMode.EMBEDDED.value());
        ConnectionMode mode = ConnectionMode.fromValue(modeValue)
                .orElseThrow(() -> new LedgerException("connection.error.badMode", file, modeValue));
        if (mode == ConnectionMode.EMBEDDED) {
            return ConnectionSettings.EMBEDDED;
        }
        String sslMode = p.getProperty("sslmode", "").strip();
        TlsMode tls = sslMode.isEmpty() ? null : TlsMode.fromValue(sslMode)
                .orElseThrow(() -> new LedgerException("connection.error.badTlsMode", file, sslMode));
        String url = p.getProperty("url", "").strip();
        String password = p.getProperty("password");
        ConnectionSettings settings;
        try {
            settings = ConnectionSettings.fromUrl(url, p.getProperty("user"), password == null ? null : password.toCharArray(),
                    tls, p.getProperty("sslrootcert"));
        } catch (IllegalArgumentException e) {
            throw new LedgerException(e, "connection.error.badUrl", file, url);
        }
        List<Problem> problems = settings.problems();
        if (problems.stream().anyMatch(problem -> problem.field() == ConnectionField.USER)) {
            throw new LedgerException("connection.error.noUser", file);
        }
        if (!problems.isEmpty()) {
            throw new LedgerException("connection.error.badUrl", file, url);
        }
        return settings;
    }

    /**
     * Saves {@code settings} (refused, field by field, when a server's are incomplete; a root certificate must
     * exist). Writes a temporary file beside the target, readable by its owner only, and moves it over.
     */
    public void save(ConnectionSettings settings) {
        List<Problem> problems = settings.problems();
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        if (settings.isServer() && usedRootCertificate(settings) && !Files.isRegularFile(Path.of(settings.rootCertificate()))) {
            throw new LedgerException("connection.error.rootCertMissing", settings.rootCertificate());
        }
        Properties p = new Properties();
        p.setProperty("mode", settings.mode().value());
        if (settings.isServer()) {
            p.setProperty("url", settings.baseUrl());
            p.setProperty("user", settings.user());
            if (settings.password() != null && settings.password().length > 0) {
                p.setProperty("password", new String(settings.password()));
            }
            if (settings.tlsMode() != null) {
                p.setProperty("sslmode", settings.tlsMode().value());
            }
            if (usedRootCertificate(settings)) {
                p.setProperty("sslrootcert", settings.rootCertificate());
            }
        }
        write(p);
    }

    private static boolean usedRootCertificate(ConnectionSettings settings) {
        return settings.tlsMode() != null && settings.tlsMode().usesRootCertificate() && !settings.rootCertificate().isEmpty();
    }

    private void write(Properties p) {
        Path target = file.toAbsolutePath();
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            boolean posix = Files.getFileStore(target.getParent()).supportsFileAttributeView(PosixFileAttributeView.class);
            temp = posix
                    ? Files.createTempFile(target.getParent(), FILE_NAME, ".tmp",
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                    : Files.createTempFile(target.getParent(), FILE_NAME, ".tmp");
            try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                p.store(writer, "Conduct Ledger: which ledger to open (embedded file or PostgreSQL server). "
                        + "Without password=, CONDUCT_LEDGER_DB_PASSWORD is used.");
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new LedgerException(e, "connection.error.write", target);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // moved already, or nothing left to tidy
                }
            }
        }
    }

    /**
     * Where {@code settings} point: the embedded file, or the server with the service account's password from
     * the settings or else from {@code CONDUCT_LEDGER_DB_PASSWORD} (empty when neither has one: a server may
     * trust the account without one).
     */
    public DatabaseLocation location(ConnectionSettings settings) {
        if (!settings.isServer()) {
            return DatabaseLocation.of(defaultDatabase);
        }
        char[] password = settings.password();
        if (password == null) {
            String fromEnvironment = environment.apply(PASSWORD_VARIABLE);
            password = fromEnvironment == null ? new char[0] : fromEnvironment.toCharArray();
        }
        return DatabaseLocation.server(ServerConnection.of(settings.jdbcUrl(), settings.user(), password));
    }

    /** Where the saved settings point. */
    public DatabaseLocation location() {
        return location(load());
    }

    /** Whether {@code CONDUCT_LEDGER_DB_PASSWORD} is set (the dialog says so beside the password field). */
    public boolean environmentHasPassword() {
        String value = environment.apply(PASSWORD_VARIABLE);
        return value != null && !value.isEmpty();
    }
}
