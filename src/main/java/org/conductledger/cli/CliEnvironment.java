package org.conductledger.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.conductledger.i18n.Messages;

/**
 * What commands need from the outside world, passed in by the launcher (and by tests): the messages,
 * the default database, how to open a ledger, where passwords come from, the output streams and where
 * the log file is (named in error messages).
 */
public record CliEnvironment(Messages messages, Path defaultDatabase, LedgerAccess access, PasswordSource passwords,
                             PrintWriter out, PrintWriter err, Path logDirectory) {
}
