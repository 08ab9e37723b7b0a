package org.conductledger.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the arrows pointing one way (ui → service → store → model) by reading the sources' imports and
 * fully qualified references.
 */
class LayeringTest {

    private static final Path MAIN = Path.of("src/main/java/org/conductledger");
    private static final String BASE = "org.conductledger.";

    private static List<Path> sources(String layer) throws IOException {
        try (Stream<Path> files = Files.walk(MAIN.resolve(layer))) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }

    private static List<String> offenders(String layer, Pattern forbidden) throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : sources(layer)) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (!line.stripLeading().startsWith("//") && !line.stripLeading().startsWith("*")
                        && forbidden.matcher(line).find()) {
                    found.add(file + ":" + (i + 1) + "  " + line.strip());
                }
            }
        }
        return found;
    }

    @Test
    void modelDependsOnNothingElseInTheApplication() throws IOException {
        assertEquals(List.of(), offenders("model", Pattern.compile("\\b(javafx|org\\.jooq|java\\.sql|"
                + Pattern.quote(BASE) + "(store|service|ui|app|cli|i18n))\\.")));
    }

    @Test
    void storeAndServiceNeverTouchJavaFx() throws IOException {
        Pattern javafx = Pattern.compile("\\bjavafx\\.");
        assertEquals(List.of(), offenders("store", javafx));
        assertEquals(List.of(), offenders("service", javafx));
    }

    @Test
    void storeDoesNotDependOnTheLayersAboveIt() throws IOException {
        assertEquals(List.of(), offenders("store", Pattern.compile(Pattern.quote(BASE) + "(service|ui|app|cli)\\.")));
    }

    @Test
    void serviceDoesNotDependOnTheLayersAboveIt() throws IOException {
        assertEquals(List.of(), offenders("service", Pattern.compile(Pattern.quote(BASE) + "(ui|app|cli)\\.")));
    }

    @Test
    void generatedJooqTypesAndJdbcStayInTheStore() throws IOException {
        Pattern jooq = Pattern.compile("\\b(org\\.jooq|java\\.sql)\\.|" + Pattern.quote(BASE + "store.jooq"));
        for (String layer : List.of("model", "service", "ui", "app", "cli", "i18n", "exchange", "report")) {
            assertEquals(List.of(), offenders(layer, jooq), layer);
        }
    }

    @Test
    void reportsReachDataOnlyThroughServicesAndNeverTouchJavaFx() throws IOException {
        assertEquals(List.of(), offenders("report", Pattern.compile("\\bjavafx\\.|" + Pattern.quote(BASE) + "(store|ui|app|cli)\\.")));
    }

    @Test
    void uiReachesDataOnlyThroughServices() throws IOException {
        assertEquals(List.of(), offenders("ui", Pattern.compile(Pattern.quote(BASE) + "(store|app|cli)\\.")));
    }

    @Test
    void theScanSeesTheSources() throws IOException {
        assertTrue(sources("store").size() >= 3, "layering scan found no store sources: wrong working directory?");
    }
}
