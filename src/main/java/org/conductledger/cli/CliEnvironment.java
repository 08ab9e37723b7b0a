package org.conductledger.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Function;
import org.conductledger.app.Services;
import org.conductledger.i18n.Messages;
import org.conductledger.store.DatabaseLocation;

/**
 * What commands need from the outside world, passed in by the launcher (and by tests): the messages,
 * the default database, a way to open an existing database as wired services, the output streams and
 * where the log file is (named in error messages).
 */
public record CliEnvironment(Messages messages, Path defaultDatabase, Function<DatabaseLocation, Services> opener,
                             PrintWriter out, PrintWriter err, Path logDirectory) {
}
