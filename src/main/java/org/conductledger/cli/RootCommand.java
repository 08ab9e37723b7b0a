package org.conductledger.cli;

import java.util.function.Consumer;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code conduct-ledger}: without a sub-command it starts the desktop application (on {@code --db} if
 * given, else on what its 数据库连接 settings name); with one it runs headless.
 */
@Command(name = "conduct-ledger", mixinStandardHelpOptions = true, version = "网络行为台账 Conduct Ledger 0.1")
public final class RootCommand implements Runnable {

    private final CliEnvironment env;
    private final Consumer<Path> guiLauncher;

    @Mixin
    DatabaseOption database;

    @Mixin
    LoginOptions login;

    public RootCommand(CliEnvironment env, Consumer<Path> guiLauncher) {
        this.env = env;
        this.guiLauncher = guiLauncher;
    }

    @Override
    public void run() {
        // No --db: null, so that the desktop application follows connection.properties (the default file without one).
        guiLauncher.accept(database.orDefault(null));
    }
}
