package org.conductledger.cli;

import java.io.Console;
import java.util.Map;
import org.conductledger.model.LedgerException;

/**
 * Passwords never come from the command line (they would sit in shell history and process lists):
 * from {@code CONDUCT_LEDGER_PASSWORD} / {@code CONDUCT_LEDGER_NEW_PASSWORD}, or typed at a prompt
 * when a terminal is attached.
 */
public final class PasswordSource {

    public static final String PASSWORD_VARIABLE = "CONDUCT_LEDGER_PASSWORD";
    public static final String NEW_PASSWORD_VARIABLE = "CONDUCT_LEDGER_NEW_PASSWORD";
    /** The database server's service-account password (shared mode, ADR 0018); none when unset. */
    public static final String DB_PASSWORD_VARIABLE = "CONDUCT_LEDGER_DB_PASSWORD";

    private final Map<String, String> env;
    private final Console console;

    public PasswordSource(Map<String, String> env, Console console) {
        this.env = env;
        this.console = console;
    }

    public char[] password(String prompt) {
        return read(PASSWORD_VARIABLE, prompt);
    }

    public char[] newPassword(String prompt) {
        return read(NEW_PASSWORD_VARIABLE, prompt);
    }

    /** The service account's password for {@code --db-url}: from the environment only, empty when unset. */
    public char[] databasePassword() {
        String value = env.get(DB_PASSWORD_VARIABLE);
        return value == null ? new char[0] : value.toCharArray();
    }

    /** An environment variable as this source sees it (null when unset). */
    public String variable(String name) {
        return env.get(name);
    }

    /** Whether the new password came from the environment (then it is not asked twice). */
    public boolean newPasswordFromEnvironment() {
        return env.get(NEW_PASSWORD_VARIABLE) != null;
    }

    private char[] read(String variable, String prompt) {
        String value = env.get(variable);
        if (value != null) {
            return value.toCharArray();
        }
        if (console != null) {
            char[] typed = console.readPassword("%s", prompt);
            if (typed != null) {
                return typed;
            }
        }
        throw new LedgerException("cli.noPassword", variable);
    }
}
