package org.conductledger.app;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The command lines that only start the desktop application — none at all (the menu entry), or just
 * {@code --db FILE} / {@code --db=FILE} — recognised without the command-line parser: building picocli's forty
 * commands cost about a second before the first window on a 2-core PC (issue 12, ADR 0021). Anything else goes
 * through {@link org.conductledger.cli.Cli} as before.
 *
 * @param database the file named by {@code --db}, or null for connection.properties / the default file
 */
record DesktopStart(Path database) {

    static Optional<DesktopStart> of(String[] args) {
        if (args.length == 0) {
            return Optional.of(new DesktopStart(null));
        }
        if (args.length == 2 && args[0].equals("--db") && usable(args[1])) {
            return Optional.of(new DesktopStart(Path.of(args[1])));
        }
        if (args.length == 1 && args[0].startsWith("--db=") && usable(args[0].substring(5))) {
            return Optional.of(new DesktopStart(Path.of(args[0].substring(5))));
        }
        return Optional.empty();
    }

    /** A value that picocli would take as the file, not an option; odd values get picocli's own messages. */
    private static boolean usable(String value) {
        if (value.isBlank() || value.startsWith("-")) {
            return false;
        }
        try {
            Path.of(value);
            return true;
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }
}
