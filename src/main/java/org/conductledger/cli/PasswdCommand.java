package org.conductledger.cli;

import org.conductledger.app.Services;
import picocli.CommandLine.Command;

/**
 * {@code conduct-ledger passwd}: changes the logged-in user's own password (current one from
 * {@code CONDUCT_LEDGER_PASSWORD}, new one from {@code CONDUCT_LEDGER_NEW_PASSWORD} or prompts).
 */
@Command(name = "passwd", mixinStandardHelpOptions = true)
public final class PasswdCommand extends LoggedInCommand {

    public PasswdCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    protected boolean allowPasswordChangeDue() {
        return true;
    }

    @Override
    protected int run(Services services) {
        char[] current = env.passwords().password(env.messages().get("cli.passwordPrompt", services.session().username()));
        char[] next = env.passwords().newPassword(env.messages().get("cli.newPasswordPrompt", services.session().username()));
        char[] repeat = env.passwords().newPasswordFromEnvironment() ? next
                : env.passwords().newPassword(env.messages().get("cli.repeatPasswordPrompt"));
        services.users().changeOwnPassword(current, next, repeat);
        env.out().println(env.messages().get("cli.passwd.done"));
        env.out().flush();
        return 0;
    }
}
