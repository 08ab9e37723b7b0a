package org.conductledger.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import org.conductledger.model.LedgerException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tries a PostgreSQL server the way {@link Database#open} would reach it, without migrating or writing
 * anything: the connection dialog's 测试连接. Failures become the same messages as at a real open.
 */
public final class ServerProbe {

    private static final Logger LOG = LoggerFactory.getLogger(ServerProbe.class);

    /** What the server holds: the ledger's schema version ("" for an empty database) and this application's. */
    public record Status(String schemaVersion, String latestKnownVersion) {

        /** True when the database has no ledger yet (the first open will create it). */
        public boolean empty() {
            return schemaVersion.isEmpty();
        }
    }

    private ServerProbe() {
    }

    public static Status check(ServerConnection server) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(server.url());
        source.setUser(server.user());
        source.setPassword(new String(server.password()));
        source.setApplicationName("Conduct Ledger");
        source.setConnectTimeout(10);
        try (Connection ignored = source.getConnection()) {
            LOG.info("Connection test to {} succeeded", server.displayName());
        } catch (SQLException e) {
            LOG.warn("Connection test to {} failed", server.displayName(), e);
            throw ServerFailures.translate(e, server);
        }
        try {
            MigrationInfoService info = Flyway.configure().dataSource(source)
                    .locations(Database.MIGRATIONS, Database.VENDOR_MIGRATIONS + "postgresql")
                    .failOnMissingLocations(false).load().info();
            String latest = Arrays.stream(info.all()).filter(m -> !future(m)).map(MigrationInfo::getVersion)
                    .max(MigrationVersion::compareTo).map(MigrationVersion::getVersion).orElse("0");
            MigrationInfo newest = Arrays.stream(info.all()).filter(ServerProbe::future).reduce((a, b) -> b).orElse(null);
            if (newest != null) {
                throw new LedgerException("error.db.newerThanApp", server.displayName(), newest.getVersion().getVersion(), latest);
            }
            MigrationInfo current = info.current();
            return new Status(current == null ? "" : current.getVersion().getVersion(), latest);
        } catch (FlywayException e) {
            LOG.warn("Connection test to {}: cannot read the schema history", server.displayName(), e);
            throw new LedgerException(e, "error.server.openFailed", server.displayName());
        }
    }

    private static boolean future(MigrationInfo migration) {
        return migration.getState() == MigrationState.FUTURE_SUCCESS || migration.getState() == MigrationState.FUTURE_FAILED;
    }
}
