package org.conductledger.cli;

import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.conductledger.app.Services;
import org.conductledger.service.DatabaseInfo;
import org.conductledger.store.DatabaseLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code conduct-ledger info}: schema version and row counts of a database (migrating it if older). */
@Command(name = "info", mixinStandardHelpOptions = true)
public final class InfoCommand implements Callable<Integer> {

    enum Format { text, json }

    private final CliEnvironment env;

    @Mixin
    DatabaseOption database;

    @ParentCommand
    RootCommand root;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", descriptionKey = "option.format")
    Format format;

    public InfoCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        DatabaseLocation location = DatabaseLocation.of(database.orElse(root.database).orDefault(env.defaultDatabase()));
        try (Services services = env.opener().apply(location)) {
            DatabaseInfo info = services.info().info();
            env.out().println(format == Format.json ? json(info) : text(info));
            env.out().flush();
        }
        return 0;
    }

    private String text(DatabaseInfo info) {
        StringBuilder out = new StringBuilder();
        out.append(env.messages().get("cli.info.file", info.file())).append('\n');
        out.append(env.messages().get("cli.info.schemaVersion", info.schemaVersion(), info.appSchemaVersion())).append('\n');
        out.append(env.messages().get("cli.info.rowCounts"));
        info.rowCounts().forEach((table, count) -> out.append('\n').append("  ").append(table).append(": ").append(count));
        return out.toString();
    }

    static String json(DatabaseInfo info) {
        String counts = info.rowCounts().entrySet().stream()
                .map(e -> quote(e.getKey()) + ": " + e.getValue())
                .collect(Collectors.joining(", ", "{", "}"));
        return "{" + String.join(", ",
                quote("file") + ": " + quote(info.file()),
                quote("schemaVersion") + ": " + quote(info.schemaVersion()),
                quote("appSchemaVersion") + ": " + quote(info.appSchemaVersion()),
                quote("rowCounts") + ": " + counts) + "}";
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

}
