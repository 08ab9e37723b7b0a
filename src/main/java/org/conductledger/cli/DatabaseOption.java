package org.conductledger.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --db <path>}, shared by every command: the H2 file to use instead of the default one. */
public final class DatabaseOption {

    @Option(names = "--db", paramLabel = "<path>", descriptionKey = "option.db")
    Path db;

    /** This option if given, else {@code outer} (so both {@code --db x info} and {@code info --db x} work). */
    public DatabaseOption orElse(DatabaseOption outer) {
        return db != null || outer == null ? this : outer;
    }

    public Path orDefault(Path defaultDatabase) {
        return db == null ? defaultDatabase : db;
    }
}
