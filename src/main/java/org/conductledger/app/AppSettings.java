package org.conductledger.app;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Per-user preferences (window geometry, language, font size, theme) in {@code settings.properties} in the data directory. */
public final class AppSettings {

    private static final Logger LOG = LoggerFactory.getLogger(AppSettings.class);
    public static final String FILE_NAME = "settings.properties";

    private final Path file;
    private final Properties properties = new Properties();

    private AppSettings(Path file) {
        this.file = file;
    }

    public static AppSettings load(Path dataDirectory) {
        AppSettings settings = new AppSettings(dataDirectory.resolve(FILE_NAME));
        if (Files.isRegularFile(settings.file)) {
            try (Reader reader = Files.newBufferedReader(settings.file, StandardCharsets.UTF_8)) {
                settings.properties.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Ignoring unreadable settings file {}", settings.file, e);
            }
        }
        return settings;
    }

    public synchronized Optional<Double> getDouble(String key) {
        try {
            return Optional.ofNullable(properties.getProperty(key)).map(Double::valueOf);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public synchronized boolean getBoolean(String key) {
        return Boolean.parseBoolean(properties.getProperty(key));
    }

    public synchronized void put(String key, Object value) {
        properties.setProperty(key, String.valueOf(value));
    }

    public synchronized Locale locale() {
        String tag = properties.getProperty("ui.locale");
        return tag == null || tag.isBlank() ? Locale.SIMPLIFIED_CHINESE : Locale.forLanguageTag(tag);
    }

    public synchronized void setLocale(Locale locale) {
        properties.setProperty("ui.locale", locale.toLanguageTag());
    }

    /** The font size in percent of the normal size (100 when not set or unreadable). */
    public synchronized int fontPercent() {
        try {
            return Integer.parseInt(properties.getProperty("ui.fontPercent", "100").strip());
        } catch (NumberFormatException e) {
            return 100;
        }
    }

    public synchronized boolean darkTheme() {
        return "dark".equals(properties.getProperty("ui.theme"));
    }

    public synchronized void setAppearance(int fontPercent, boolean dark) {
        properties.setProperty("ui.fontPercent", Integer.toString(fontPercent));
        properties.setProperty("ui.theme", dark ? "dark" : "light");
    }

    /** Writes the file atomically (temp file + move) so a crash never leaves half a settings file. */
    public synchronized void save() {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "settings", ".tmp");
            try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                properties.store(writer, "Conduct Ledger settings");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Could not save settings to {}", file, e);
        }
    }
}
