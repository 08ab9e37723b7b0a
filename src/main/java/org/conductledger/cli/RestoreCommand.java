package org.conductledger.cli;

import java.nio.file.Path;
import org.conductledger.app.Services;
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

    @Override
    protected int run(Services services) {
        RestoreResult result = services.restore().restore(backup);
        env.out().println(env.messages().get("cli.restore.done", backup.toAbsolutePath().normalize(),
                result.manifest().createdAt(), result.manifest().organisation(),
                result.manifest().schemaVersion(), result.previousDatabase(), result.previousKeyFile()));
        env.out().flush();
        return 0;
    }
}
