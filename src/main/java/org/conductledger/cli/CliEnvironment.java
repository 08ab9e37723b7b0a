package org.conductledger.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Function;
import org.conductledger.app.Services;
import org.conductledger.i18n.Messages;
import org.conductledger.store.DatabaseLocation;

/**
 * What commands need from the outside world, passed in by the launcher (and by tests): the messages,
 * the default database, and a way to open a database as wired services.
 */
public record CliEnvironment(Messages messages, Path defaultDatabase, Function<DatabaseLocation, Services> opener,
                             PrintWriter out, PrintWriter err) {
}
