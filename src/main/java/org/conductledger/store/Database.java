package org.conductledger.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import org.conductledger.model.LedgerException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.ThreadLocalTransactionProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open ledger database, an embedded H2 file or a PostgreSQL server (ADR 0018): created and migrated on
 * first open, refused (and left untouched) when its schema is newer than this application, and refused
 * with a clear message when another process holds the file or the server cannot be reached.
 */
public final class Database implements AutoCloseable, Transactions {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    /** Every database reads the common migrations and those of its own vendor (none yet; ADR 0018). */
    static final String MIGRATIONS = "classpath:db-migrations/common";
    static final String VENDOR_MIGRATIONS = "classpath:db-migrations/";
    /** The PostgreSQL advisory lock every write transaction holds: one writer at a time across all instances. */
    private static final long WRITER_LOCK = 0x436F6E6475637400L;

    static {
        // jOOQ prints a banner and tips to the console on first use; a CLI's output must stay clean.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    private final DatabaseLocation location;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final Flyway flyway;

    private Database(DatabaseLocation location, JdbcConnectionPool pool) {
        this.location = location;
        this.pool = pool;
        this.flyway = Flyway.configure().dataSource(pool)
                .locations(MIGRATIONS, VENDOR_MIGRATIONS + (location.isServer() ? "postgresql" : "h2"))
                .failOnMissingLocations(false).load();
        DefaultConfiguration configuration = new DefaultConfiguration();
        configuration.set(dialect(location));
        configuration.set(new ThreadLocalTransactionProvider(new DataSourceConnectionProvider(pool)));
        configuration.set(new Settings().withExecuteLogging(false).withRenderSchema(false));
        this.dsl = DSL.using(configuration);
    }

    /** The jOOQ dialect for where the ledger lives. */
    static SQLDialect dialect(DatabaseLocation location) {
        return location.isServer() ? SQLDialect.POSTGRES : SQLDialect.H2;
    }

    /** True on a PostgreSQL server (shared mode), false for an embedded file. */
    public boolean isServer() {
        return location.isServer();
    }

    /** Whether opening may create a new, empty database file. */
    public enum OpenMode { CREATE_IF_MISSING, MUST_EXIST }

    /** Opens (creating if needed) and migrates an unencrypted database: tests, tools and legacy files only. */
    public static Database open(DatabaseLocation location) {
        return open(location, OpenMode.CREATE_IF_MISSING, null);
    }

    /** Opens an unencrypted database; a missing file is refused in MUST_EXIST mode. */
    public static Database open(DatabaseLocation location, OpenMode mode) {
        return open(location, mode, null);
    }

    /**
     * Opens and migrates the database at {@code location}, decrypting it with {@code key} (null: an
     * unencrypted file). A missing file is refused in MUST_EXIST mode.
     */
    public static Database open(DatabaseLocation location, OpenMode mode, DatabaseKey key) {
        if (location.isServer()) {
            return openServer(location);
        }
        if (java.nio.file.Files.isDirectory(location.file()) || java.nio.file.Files.isDirectory(location.base())) {
            throw new LedgerException("error.db.isDirectory", location.base());
        }
        if (mode == OpenMode.MUST_EXIST && !java.nio.file.Files.isRegularFile(location.file())) {
            throw new LedgerException("error.db.missing", location.file());
        }
        try {
            java.nio.file.Files.createDirectories(location.base().getParent());
        } catch (java.io.IOException e) {
            throw new LedgerException(e, "error.db.directory", location.base().getParent());
        }
        JdbcConnectionPool pool = key == null ? JdbcConnectionPool.create(location.jdbcUrl(), "sa", "")
                : JdbcConnectionPool.create(location.encryptedJdbcUrl(), "sa", new String(key.h2Password()));
        return migrated(location, pool);
    }

    /**
     * Connects to a PostgreSQL server with the service account and migrates it. The server's own disk
     * encryption and TLS take the place of the file's AES encryption (ADR 0018), so no key is used here.
     */
    private static Database openServer(DatabaseLocation location) {
        ServerConnection server = location.server();
        org.postgresql.ds.PGConnectionPoolDataSource source = new org.postgresql.ds.PGConnectionPoolDataSource();
        source.setURL(server.url());
        source.setUser(server.user());
        source.setPassword(new String(server.password()));
        source.setApplicationName("Conduct Ledger");
        source.setConnectTimeout(10);
        JdbcConnectionPool pool = JdbcConnectionPool.create(source);
        pool.setMaxConnections(8);
        return migrated(location, pool);
    }

    /** Checks the first connection, then migrates; the pool is closed again if either fails. */
    private static Database migrated(DatabaseLocation location, JdbcConnectionPool pool) {
        try {
            probe(pool, location);
            Database database = new Database(location, pool);
            database.migrate();
            return database;
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    private static void probe(JdbcConnectionPool pool, DatabaseLocation location) {
        try (Connection ignored = pool.getConnection()) {
            LOG.info("Opened database {}", location.describe());
        } catch (SQLException e) {
            throw translateOpenFailure(e, location);
        }
    }

    private static LedgerException translateOpenFailure(SQLException e, DatabaseLocation location) {
        LOG.error("Cannot open database {}", location.describe(), e);
        if (location.isServer()) {
            return ServerFailures.translate(e, location.server());
        }
        return switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> new LedgerException(e, "error.db.alreadyOpen", location.file());
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1, ErrorCode.FILE_ENCRYPTION_ERROR_1,
                 ErrorCode.WRONG_PASSWORD_FORMAT ->
                    new LedgerException(e, "error.db.unreadable", location.file());
            default -> new LedgerException(e, "error.db.openFailed", location.file());
        };
    }

    private void migrate() {
        MigrationInfo[] all = flyway.info().all();
        Optional<MigrationInfo> future = Arrays.stream(all)
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED)
                .reduce((a, b) -> b);
        if (future.isPresent()) {
            throw new LedgerException("error.db.newerThanApp", location.describe(),
                    future.get().getVersion().getVersion(), latestKnownVersion());
        }
        var result = flyway.migrate();
        if (result.migrationsExecuted > 0) {
            LOG.info("Applied {} migration(s) to {}, schema now {}", result.migrationsExecuted, location.describe(),
                    result.targetSchemaVersion);
        }
    }

    /** The version of the newest migration applied to this database. */
    public String schemaVersion() {
        MigrationInfo current = flyway.info().current();
        return current == null ? "0" : current.getVersion().getVersion();
    }

    /** The version of the newest migration this application ships. */
    public String latestKnownVersion() {
        return Arrays.stream(flyway.info().all())
                .filter(m -> m.getState() != MigrationState.FUTURE_SUCCESS && m.getState() != MigrationState.FUTURE_FAILED)
                .map(MigrationInfo::getVersion)
                .max(MigrationVersion::compareTo)
                .map(MigrationVersion::getVersion)
                .orElse("0");
    }

    public DatabaseLocation location() {
        return location;
    }

    /** The jOOQ context; package-private so that only repositories in this package build queries. */
    DSLContext dsl() {
        return dsl;
    }

    private final ThreadLocal<Integer> depth = ThreadLocal.withInitial(() -> 0);
    private final ThreadLocal<java.util.List<Runnable>> afterCommit = ThreadLocal.withInitial(java.util.ArrayList::new);

    /**
     * One writer at a time in this process: the audit chain appends "last + 1", and counters such as
     * filing numbers are read and advanced, inside the transaction; serialising transactions keeps both
     * correct whatever the connection pool and the database's own locking do.
     */
    private final java.util.concurrent.locks.ReentrantLock writer = new java.util.concurrent.locks.ReentrantLock(true);

    @Override
    public <T> T inTransaction(java.util.function.Supplier<T> work) {
        depth.set(depth.get() + 1);
        boolean outermost = depth.get() == 1;
        if (outermost) {
            writer.lock();
        }
        try {
            T result = dsl.transactionResult(() -> {
                if (outermost && location.isServer()) {
                    // Other instances write to the same server: the audit chain's "last + 1" and the filing
                    // counters need one writer at a time there too, held until this transaction ends.
                    dsl.fetchValue("select pg_advisory_xact_lock(" + WRITER_LOCK + ")");
                }
                return work.get();
            });
            if (outermost) {
                runAfterCommit();
            }
            return result;
        } catch (org.jooq.exception.DataAccessException e) {
            if (outermost && !location.isServer() && storageFailure(e)) {
                LOG.error("Cannot write to database {}", location.describe(), e);
                throw new LedgerException(e, "error.db.writeFailed", location.file());
            }
            throw e;
        } finally {
            depth.set(depth.get() - 1);
            if (outermost) {
                afterCommit.get().clear();
                writer.unlock();
            }
        }
    }

    /**
     * The file could not be written (disk full, file system gone read-only, device removed): H2 then reports an
     * I/O failure or, for every later statement, that it closed the database. Found by the reliability suite (issue
     * 13): until then a full disk reached the user as jOOQ's "Cannot commit transaction".
     */
    private static boolean storageFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.io.IOException || t instanceof org.h2.mvstore.MVStoreException
                    || t instanceof SQLException sql && sql.getErrorCode() == ErrorCode.DATABASE_IS_CLOSED) {
                return true;
            }
        }
        return false;
    }

    /** Runs {@code action} once the current outermost transaction has committed (never after a rollback). */
    public void afterCommit(Runnable action) {
        if (depth.get() == 0) {
            action.run();
        } else {
            afterCommit.get().add(action);
        }
    }

    private void runAfterCommit() {
        java.util.List<Runnable> actions = new java.util.ArrayList<>(afterCommit.get());
        afterCommit.get().clear();
        actions.forEach(Runnable::run);
    }

    /** A raw JDBC connection for tools and benchmarks (e.g. a bare-JDBC floor); application code uses repositories. */
    public <T> T withJdbc(java.util.function.Function<Connection, T> work) {
        try (Connection connection = pool.getConnection()) {
            return work.apply(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Encrypts an existing unencrypted database file in place with {@code key} (upgrade of an older install). */
    public static void encryptExisting(DatabaseLocation location, DatabaseKey key) {
        try {
            org.h2.tools.ChangeFileEncryption.execute(location.base().getParent().toString(),
                    location.base().getFileName().toString(), "AES", null, new String(key.h2Password()).strip().toCharArray(), true);
        } catch (SQLException e) {
            throw new LedgerException(e, "error.db.encryptFailed", location.file());
        }
    }

    /**
     * Writes a consistent copy of the open database — H2's online {@code BACKUP TO}, still AES-encrypted —
     * to {@code databaseCopy}, and copies the key file to {@code keyFileCopy} while no transaction can
     * commit, so that the copied audit anchor matches the copied chain (ADR 0012).
     */
    public void backupTo(java.nio.file.Path databaseCopy, java.nio.file.Path keyFileCopy) {
        if (location.isServer()) {
            throw new LedgerException("error.server.noFileBackup", location.describe());
        }
        java.nio.file.Path h2Zip = databaseCopy.resolveSibling(databaseCopy.getFileName() + ".zip");
        writer.lock();
        try (Connection connection = pool.getConnection(); java.sql.Statement statement = connection.createStatement()) {
            statement.execute("BACKUP TO '" + h2Zip.toAbsolutePath().toString().replace("'", "''") + "'");
            java.nio.file.Files.copy(KeyFile.pathFor(location), keyFileCopy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (SQLException | java.io.IOException e) {
            throw new LedgerException(e, "error.backup.copyFailed", location.file());
        } finally {
            writer.unlock();
        }
        // H2 wraps its copy in a zip of its own: keep just the database file.
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(java.nio.file.Files.newInputStream(h2Zip))) {
            java.util.zip.ZipEntry entry;
            while ((entry = in.getNextEntry()) != null && !entry.getName().endsWith(DatabaseLocation.H2_SUFFIX)) {
                in.closeEntry();
            }
            if (entry == null) {
                throw new LedgerException("error.backup.copyFailed", location.file());
            }
            java.nio.file.Files.copy(in, databaseCopy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new LedgerException(e, "error.backup.copyFailed", location.file());
        } finally {
            try {
                java.nio.file.Files.deleteIfExists(h2Zip);
            } catch (java.io.IOException e) {
                LOG.warn("Could not delete {}", h2Zip, e);
            }
        }
    }

    /** Whether {@code version} (e.g. a backup's schema) is one this application knows, i.e. not newer than its migrations. */
    public boolean knowsSchemaVersion(String version) {
        try {
            return MigrationVersion.fromVersion(version).compareTo(MigrationVersion.fromVersion(latestKnownVersion())) <= 0;
        } catch (RuntimeException malformed) {
            return false;
        }
    }

    private volatile boolean open = true;

    /** False once closed (e.g. after a restore replaced the file under this session). */
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() {
        if (!open) {
            return;
        }
        open = false;
        pool.dispose();
        LOG.info("Closed database {}", location.describe());
    }
}
