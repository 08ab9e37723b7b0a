package org.conductledger.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.conductledger.app.AppLedgerAccess;
import org.conductledger.i18n.Messages;
import org.conductledger.model.TestClock;
import org.conductledger.service.AuthService;
import org.conductledger.service.TestLedger;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the command tests share: the command line run in Chinese over a ledger in a temporary directory, the
 * password from the environment, standard output and error captured per run.
 */
abstract class CliCommandHarness {

    @TempDir
    Path dir;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    /** The environment the password is read from (a test may change it, e.g. to log in as another user). */
    final Map<String, String> variables = new java.util.HashMap<>(Map.of(PasswordSource.PASSWORD_VARIABLE, TestLedger.PASSWORD));

    int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        AuthService auth = new AuthService(TestClock.CLOCK, TestLedger.FAST, "cli-test");
        CliEnvironment env = new CliEnvironment(Messages.load(Locale.SIMPLIFIED_CHINESE), dir.resolve("default"),
                new AppLedgerAccess(auth, TestClock.CLOCK, TestLedger.FAST, "cli-test"),
                new PasswordSource(variables, null),
                new PrintWriter(out, true), new PrintWriter(err, true), dir.resolve("logs"));
        return new Cli(env, db -> { }).run(args);
    }
}
