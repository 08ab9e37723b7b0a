package org.conductledger.cli;

import picocli.CommandLine.Option;

/** {@code --user <name>}, shared by every command that needs a login. */
public final class LoginOptions {

    @Option(names = "--user", paramLabel = "<name>", descriptionKey = "option.user")
    String user;

    LoginOptions orElse(LoginOptions outer) {
        return user != null || outer == null ? this : outer;
    }
}
