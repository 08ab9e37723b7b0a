package org.conductledger.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.CssParser;
import org.junit.jupiter.api.Test;

/** Every stylesheet parses without an error: JavaFX only warns and silently drops the rules after a mistake. */
class StylesheetsTest {

    @Test
    void everyStylesheetParsesCleanly() throws IOException {
        List<Path> sheets;
        try (Stream<Path> files = Files.list(Path.of("fxml"))) {
            sheets = files.filter(f -> f.toString().endsWith(".css")).sorted().toList();
        }
        assertTrue(sheets.size() >= 2, "found " + sheets);
        for (Path sheet : sheets) {
            CssParser.errorsProperty().clear();
            new CssParser().parse(sheet.toUri().toURL());
            assertEquals(List.of(), CssParser.errorsProperty().stream().map(Object::toString).toList(), sheet.toString());
        }
    }
}
