package org.conductledger.cli;

import java.util.stream.Collectors;
import org.conductledger.app.Services;
import org.conductledger.service.DatabaseInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code conduct-ledger info}: schema version and (for administrators) row counts of a database. */
@Command(name = "info", mixinStandardHelpOptions = true)
public final class InfoCommand extends LoggedInCommand {

    enum Format { text, json }

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", descriptionKey = "option.format")
    Format format;

    public InfoCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    protected int run(Services services) {
        DatabaseInfo info = services.info().info();
        env.out().println(format == Format.json ? json(info) : text(info));
        env.out().flush();
        return 0;
    }

    /** "（党员）" after a table's count, where the bundles name the table ("table: count" stays first for scripts). */
    private String tableName(String table) {
        String key = "cli.table." + table;
        String name = env.messages().get(key);
        return name.equals(key) ? "" : "（" + name + "）";
    }

    private String text(DatabaseInfo info) {
        StringBuilder out = new StringBuilder();
        out.append(env.messages().get(info.server() ? "cli.info.server" : "cli.info.file", info.file())).append('\n');
        out.append(env.messages().get("cli.info.schemaVersion", info.schemaVersion(), info.appSchemaVersion()));
        if (!info.rowCounts().isEmpty()) {
            out.append('\n').append(env.messages().get("cli.info.rowCounts"));
            info.rowCounts().forEach((table, count) -> out.append('\n').append("  ").append(table)
                    .append(": ").append(count).append(tableName(table)));
        } else {
            out.append('\n').append(env.messages().get("cli.info.countsHidden"));
        }
        return out.toString();
    }

    static String json(DatabaseInfo info) {
        String counts = info.rowCounts().entrySet().stream()
                .map(e -> Json.quote(e.getKey()) + ": " + e.getValue())
                .collect(Collectors.joining(", ", "{", "}"));
        return "{" + String.join(", ",
                Json.quote("file") + ": " + Json.quote(info.file()),
                Json.quote("server") + ": " + info.server(),
                Json.quote("schemaVersion") + ": " + Json.quote(info.schemaVersion()),
                Json.quote("appSchemaVersion") + ": " + Json.quote(info.appSchemaVersion()),
                Json.quote("rowCounts") + ": " + counts) + "}";
    }
}
