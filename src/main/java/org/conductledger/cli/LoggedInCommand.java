package org.conductledger.cli;

import java.util.concurrent.Callable;
import org.conductledger.app.Services;
import org.conductledger.model.LedgerException;
import org.conductledger.store.DatabaseLocation;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** A command that runs as a logged-in user: {@code --db}, {@code --user}, password from the environment or a prompt. */
abstract class LoggedInCommand implements Callable<Integer> {

    protected final CliEnvironment env;

    @Mixin
    DatabaseOption database;

    @Mixin
    LoginOptions login;

    @Spec
    CommandSpec spec;

    LoggedInCommand(CliEnvironment env) {
        this.env = env;
    }

    /** The root command's options apply when the sub-command does not repeat them. */
    RootCommand root() {
        CommandSpec s = spec;
        while (s.parent() != null) {
            s = s.parent();
        }
        return (RootCommand) s.userObject();
    }

    protected DatabaseLocation location() {
        return database.orElse(root().database).location(env.defaultDatabase(), env.passwords());
    }

    protected boolean allowPasswordChangeDue() {
        return false;
    }

    @Override
    public final Integer call() {
        String user = login.orElse(root().login).user;
        if (user == null || user.isBlank()) {
            throw new LedgerException("cli.userRequired");
        }
        char[] password = env.passwords().password(env.messages().get("cli.passwordPrompt", user));
        try {
            Services opened;
            try {
                opened = env.access().login(location(), user, password, allowPasswordChangeDue());
            } catch (LedgerException e) {
                Integer handled = cannotOpen(e, user, password);
                if (handled == null) {
                    throw e;
                }
                return handled;
            }
            try (Services services = opened) {
                try {
                    return run(services);
                } finally {
                    if (services.open()) {                  // a restore closes the session's database
                        services.users().recordLogout();   // every session in the audit log has its end
                    }
                }
            }
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }

    protected abstract int run(Services services);

    /**
     * Called when the login failed; a command that can do without the ledger (restore) handles it and
     * returns its exit status. Null (the default) lets the failure stand.
     */
    protected Integer cannotOpen(LedgerException failure, String user, char[] password) {
        return null;
    }
}
