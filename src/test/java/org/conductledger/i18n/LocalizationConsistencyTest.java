package org.conductledger.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.conductledger.model.Labelled;
import org.conductledger.model.LabelledEnums;
import org.junit.jupiter.api.Test;

/** Every key used exists in both bundles, every bundle key is used, and every message is a valid pattern. */
class LocalizationConsistencyTest {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Pattern JAVA_LITERAL = Pattern.compile("\"([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9_]+)+)\"");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([a-zA-Z0-9_.]+)\"");
    /** Keys read by picocli itself for its standard --help and --version options. */
    private static final Set<String> USED_BY_LIBRARIES = Set.of("mixinStandardHelpOptions.help",
            "mixinStandardHelpOptions.version", "usage.synopsisHeading", "usage.commandListHeading", "usage.optionListHeading");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    private static Set<String> keys(Properties p) {
        return p.stringPropertyNames().stream().collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> usedKeys(Set<String> known) throws IOException {
        Set<String> prefixes = known.stream().map(k -> k.substring(0, k.indexOf('.'))).collect(Collectors.toSet());
        Set<String> used = new TreeSet<>(USED_BY_LIBRARIES);
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = JAVA_LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    String literal = m.group(1);
                    if (prefixes.contains(literal.substring(0, literal.indexOf('.'))) && !literal.matches(".*\\.(fxml|css|properties)")) {
                        used.add(literal);
                    }
                }
            }
        }
        try (Stream<Path> files = Files.walk(Path.of("fxml"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".fxml")).toList()) {
                Matcher m = FXML_KEY.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        for (Class<? extends Enum<? extends Labelled>> type : LabelledEnums.ALL) {
            for (Enum<? extends Labelled> constant : type.getEnumConstants()) {
                used.add(((Labelled) constant).labelKey());
            }
        }
        return used;
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        assertEquals(keys(load("messages_zh_CN.properties")), keys(load("messages_en.properties")));
    }

    @Test
    void everyUsedKeyExists() throws IOException {
        Set<String> known = keys(load("messages_zh_CN.properties"));
        Set<String> missing = new TreeSet<>(usedKeys(known));
        missing.removeAll(known);
        assertEquals(Set.of(), missing, "keys used in code or FXML but missing from the bundles");
    }

    /** Families of keys built at run time: AuditWording (stored codes in words) and Cli (subcommand descriptions). */
    private static final List<String> BUILT_KEY_PREFIXES = List.of("audit.field.", "audit.object.", "audit.reason.",
            "audit.value.", "command.user.", "register.titleNew.", "register.intro.", "cli.register.column.", "command.reference.", "cli.table.", "cli.case.column.", "case.due.", "case.falseReport.", "outcome.list.", "validation.recognition.", "import.template.type.", "command.package.", "package.type.", "package.field.", "annual.figure.", "annual.appeal.", "command.report.", "command.org.");

    @Test
    void everyKeyIsUsed() throws IOException {
        Set<String> unused = keys(load("messages_zh_CN.properties"));
        unused.removeAll(usedKeys(unused));
        unused.removeIf(key -> BUILT_KEY_PREFIXES.stream().anyMatch(key::startsWith));
        assertEquals(Set.of(), unused, "keys in the bundles that nothing uses");
    }

    @Test
    void everyMessageIsAValidPatternAndChineseIsChinese() throws IOException {
        Properties zh = load("messages_zh_CN.properties");
        Properties en = load("messages_en.properties");
        for (String key : keys(zh)) {
            new MessageFormat(zh.getProperty(key), Locale.SIMPLIFIED_CHINESE);
            new MessageFormat(en.getProperty(key), Locale.ENGLISH);
            assertFalse(en.getProperty(key).isBlank(), key);
        }
        long chinese = keys(zh).stream().filter(k -> zh.getProperty(k).codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)).count();
        assertTrue(chinese > keys(zh).size() * 0.95, "the Chinese bundle has untranslated entries");
    }

    @Test
    void facadeLoadsChineseByDefaultAndEnglishOnRequest() {
        assertEquals("网络行为台账", Messages.load(Locale.SIMPLIFIED_CHINESE).get("app.title"));
        assertEquals("网络行为台账", Messages.load(Locale.GERMAN).get("app.title"));
        assertEquals("Conduct Ledger", Messages.load(Locale.US).get("app.title"));
        assertEquals("共 3 人，显示 2 人", Messages.load(Locale.SIMPLIFIED_CHINESE).get("member.roster.count", 3, 2));
    }
}
