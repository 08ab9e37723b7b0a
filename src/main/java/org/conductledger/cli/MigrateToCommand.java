package org.conductledger.cli;

import org.conductledger.app.Services;
import org.conductledger.model.LedgerException;
import org.conductledger.service.MigrationService;
import org.conductledger.store.DatabaseLocation;
import org.conductledger.store.ServerConnection;
import picocli.CommandLine.Command;

/**
 * {@code conduct-ledger migrate-to --db-url <postgres url> [--db-user u]}: after logging in to the
 * embedded ledger ({@code --db} or the default file), copies it into an empty PostgreSQL database and
 * checks the copy (ADR 0018). Here {@code --db-url} names the target, never the ledger to log in to.
 */
@Command(name = "migrate-to", mixinStandardHelpOptions = true)
public final class MigrateToCommand extends LoggedInCommand {

    public MigrateToCommand(CliEnvironment env) {
        super(env);
    }

    /** The options naming the target server: this command's, else the root command's. */
    private DatabaseOption target() {
        return database.server() || root().database == null ? database : root().database;
    }

    @Override
    protected DatabaseLocation location() {
        if (!target().server()) {
            throw new LedgerException("cli.migrate.urlRequired");
        }
        java.nio.file.Path file = database.db != null ? database.db : root().database == null ? null : root().database.db;
        return DatabaseLocation.of(file != null ? file : env.defaultDatabase());
    }

    @Override
    protected int run(Services services) {
        DatabaseOption target = target();
        ServerConnection server = ServerConnection.of(target.dbUrl, target.dbUser, env.passwords().databasePassword());
        MigrationService.Result result = services.migration().migrateTo(server);
        env.out().println(env.messages().get("cli.migrate.done", services.ledger().database().location().describe(),
                result.server(), result.rows().size(), result.totalRows(), result.auditEntries()));
        env.out().flush();
        return 0;
    }
}
