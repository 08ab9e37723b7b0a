package org.conductledger.cli;

import java.nio.file.Path;
import org.conductledger.model.LedgerException;
import org.conductledger.store.DatabaseLocation;
import org.conductledger.store.ServerConnection;
import picocli.CommandLine.Option;

/**
 * With neither option, the ledger the PC's connection settings ({@code connection.properties} in the data
 * directory, written by the 数据库连接… dialog) name. Otherwise {@code --db <path>} (the H2 file to use instead of the default one) or {@code --db-url <jdbc url>} with
 * {@code --db-user} (a PostgreSQL server, shared mode; the password from {@code CONDUCT_LEDGER_DB_PASSWORD}),
 * shared by every command.
 */
public final class DatabaseOption {

    @Option(names = "--db", paramLabel = "<path>", descriptionKey = "option.db")
    Path db;

    @Option(names = "--db-url", paramLabel = "<jdbc-url>", descriptionKey = "option.dbUrl")
    String dbUrl;

    @Option(names = "--db-user", paramLabel = "<account>", descriptionKey = "option.dbUser")
    String dbUser;

    /** This option if given, else {@code outer} (so both {@code --db x info} and {@code info --db x} work). */
    public DatabaseOption orElse(DatabaseOption outer) {
        return db != null || dbUrl != null || outer == null ? this : outer;
    }

    public Path orDefault(Path defaultDatabase) {
        return db == null ? defaultDatabase : db;
    }

    /** True when a database server was named. */
    public boolean server() {
        return dbUrl != null;
    }

    /** The ledger these options name: a server for {@code --db-url}, else the file (default: {@code defaultDatabase}). */
    public DatabaseLocation location(Path defaultDatabase, PasswordSource passwords) {
        if (dbUrl == null && db == null) {
            // Neither given: where this PC's 数据库连接… settings point (the default file when there are none).
            return new org.conductledger.service.ConnectionSettingsStore(
                    defaultDatabase.toAbsolutePath().resolveSibling(org.conductledger.service.ConnectionSettingsStore.FILE_NAME),
                    defaultDatabase, passwords::variable).location();
        }
        if (dbUrl == null) {
            return DatabaseLocation.of(orDefault(defaultDatabase));
        }
        if (db != null) {
            throw new LedgerException("cli.dbAndDbUrl");
        }
        return DatabaseLocation.server(ServerConnection.of(dbUrl, dbUser, passwords.databasePassword()));
    }
}
