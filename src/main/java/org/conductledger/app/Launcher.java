package org.conductledger.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Application;
import org.conductledger.cli.Cli;
import org.conductledger.cli.CliEnvironment;
import org.conductledger.i18n.Messages;
import org.conductledger.cli.PasswordSource;
import org.conductledger.service.AuthService;
import org.conductledger.store.Pbkdf2;

/**
 * The entry point of {@code java -jar conduct-ledger.jar} and {@code mvn javafx:run}. Deliberately not
 * an {@link Application}: the shaded jar then starts with JavaFX on the class path. Without a command it
 * opens the desktop application; with one (e.g. {@code info}) it runs headless.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Path dataDirectory = DataDirectory.current();
        // Before the first logger exists, so that the log file lands in the data directory.
        System.setProperty("conductledger.logdir", DataDirectory.logDirectory(dataDirectory).toString());
        AppSettings settings = AppSettings.load(dataDirectory);
        // JavaFX's own texts (OK/Cancel, the date picker) and picocli follow the default locale.
        java.util.Locale.setDefault(Messages.load(settings.locale()).locale());
        java.util.Optional<DesktopStart> desktop = DesktopStart.of(args);
        if (desktop.isPresent()) {
            launchDesktop(desktop.get().database());
            System.exit(0);
            return;
        }
        Clock clock = Clock.systemDefaultZone();
        Pbkdf2 kdf = AppLedgerAccess.kdf();
        String host = AppLedgerAccess.hostName();
        CliEnvironment env = new CliEnvironment(Messages.load(settings.locale()),
                DataDirectory.defaultDatabase(dataDirectory),
                new AppLedgerAccess(new AuthService(clock, kdf, host), clock, kdf, host),
                new PasswordSource(System.getenv(), System.console()),
                new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                DataDirectory.logDirectory(dataDirectory));
        int status = new Cli(env, Launcher::launchDesktop).run(args);
        System.exit(status);
    }

    private static void launchDesktop(Path db) {
        if (db == null) {
            Application.launch(ConductLedgerApp.class);          // connection.properties, else the default file
        } else {
            Application.launch(ConductLedgerApp.class, "--db=" + db);
        }
    }
}
