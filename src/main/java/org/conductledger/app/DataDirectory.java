package org.conductledger.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the application keeps its database, settings, logs and backups: the per-user data directory of
 * the operating system, never the installation directory. {@code CONDUCT_LEDGER_HOME} overrides it
 * (portable use, tests).
 */
public final class DataDirectory {

    public static final String OVERRIDE_VARIABLE = "CONDUCT_LEDGER_HOME";

    private DataDirectory() {
    }

    public static Path resolve(Map<String, String> env, String osName, Path userHome) {
        String override = env.get(OVERRIDE_VARIABLE);
        if (notBlank(override)) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = notBlank(appData) ? Path.of(appData) : userHome.resolve("AppData").resolve("Roaming");
            return base.resolve("ConductLedger");
        }
        if (os.startsWith("mac")) {
            return userHome.resolve("Library").resolve("Application Support").resolve("ConductLedger");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = notBlank(xdg) ? Path.of(xdg) : userHome.resolve(".local").resolve("share");
        return base.resolve("conduct-ledger");
    }

    /** The data directory of the running process. */
    public static Path current() {
        return resolve(System.getenv(), System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
    }

    public static Path defaultDatabase(Path dataDirectory) {
        return dataDirectory.resolve("ledger");
    }

    /** Which ledger the desktop application opens (数据库连接…): {@code connection.properties}. */
    public static Path connectionSettings(Path dataDirectory) {
        return dataDirectory.resolve(org.conductledger.service.ConnectionSettingsStore.FILE_NAME);
    }

    public static Path logDirectory(Path dataDirectory) {
        return dataDirectory.resolve("logs");
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
