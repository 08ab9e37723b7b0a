package org.conductledger.cli;

import java.nio.file.Path;
import org.conductledger.app.Services;
import org.conductledger.model.LedgerException;
import org.conductledger.service.RestoreResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code conduct-ledger restore f}: replaces the whole ledger with a backup (系统管理员 only), after checking
 * its integrity and schema version; the replaced files are kept as {@code *.before-restore}.
 */
@Command(name = "restore", mixinStandardHelpOptions = true)
public final class RestoreCommand extends LoggedInCommand {

    @Parameters(index = "0", paramLabel = "<file.clbak>", descriptionKey = "option.backupFile")
    Path backup;

    public RestoreCommand(CliEnvironment env) {
        super(env);
    }

    /** A ledger that cannot be opened at all (key file or database missing or damaged) is restored all the same. */
    private static final java.util.Set<String> UNOPENABLE = java.util.Set.of("error.keyFile.missing", "error.keyFile.corrupt",
            "error.db.missing", "error.db.unreadable", "error.db.openFailed");

    @Override
    protected int run(Services services) {
        return report(services.restore().restore(backup));
    }

    @Override
    protected Integer cannotOpen(LedgerException failure, String user, char[] password) {
        if (!UNOPENABLE.contains(failure.messageKey())) {
            return null;
        }
        env.err().println(env.messages().get("cli.restore.offline", env.messages().describe(failure)));
        return report(env.access().restoreWithoutLogin(location(), backup, user, password));
    }

    private int report(RestoreResult result) {
        env.out().println(env.messages().get("cli.restore.done", backup.toAbsolutePath().normalize(),
                result.manifest().createdAt(), result.manifest().organisation(),
                result.manifest().schemaVersion(), shown(result.previousDatabase()), shown(result.previousKeyFile())));
        env.out().flush();
        return 0;
    }

    private String shown(Path kept) {
        return kept == null ? env.messages().get("cli.restore.nothingKept") : kept.toString();
    }
}
