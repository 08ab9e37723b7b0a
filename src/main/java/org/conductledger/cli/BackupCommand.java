package org.conductledger.cli;

import java.nio.file.Path;
import org.conductledger.app.Services;
import org.conductledger.model.BackupManifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code conduct-ledger backup --out f}: the whole ledger into one .clbak file (系统管理员, 组织部门; audited). */
@Command(name = "backup", mixinStandardHelpOptions = true)
public final class BackupCommand extends LoggedInCommand {

    @Option(names = "--out", required = true, paramLabel = "<file.clbak>", descriptionKey = "option.out")
    Path out;

    public BackupCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    protected int run(Services services) {
        BackupManifest manifest = services.backups().backup(out);
        env.out().println(env.messages().get("cli.backup.done", out.toAbsolutePath().normalize(),
                manifest.createdAt(), out.toFile().length()));
        env.out().flush();
        return 0;
    }
}
