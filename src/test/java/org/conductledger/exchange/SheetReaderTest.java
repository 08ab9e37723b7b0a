package org.conductledger.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import org.conductledger.model.LedgerException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files as units have them: made by LibreOffice, saved by Excel on Chinese Windows (GBK), broken or disguised. */
public class SheetReaderTest {

    @TempDir
    Path dir;
    final SheetReader reader = new SheetReader(100);

    public static Path fixture(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = SheetReaderTest.class.getResourceAsStream("/import/" + name)) {
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    private String refusal(Path file) {
        return assertThrows(LedgerException.class, () -> reader.read(file, null)).messageKey();
    }

    @Test
    void readsASpreadsheetProgramsWorkbookWithRealDatesAndTextIds() throws IOException {
        SheetTable table = reader.read(fixture(dir, "members.xlsx"), null);
        assertEquals("xlsx", table.source());
        assertEquals("公民身份号码", table.headers().get(2));
        assertEquals(3, table.rows().size());
        SheetTable.Row first = table.rows().get(0);
        assertEquals(2, first.number());
        assertEquals("320102198003080114", first.cell(2), "the ID number stays text, all 18 digits");
        assertEquals(LocalDate.of(1980, 3, 8), first.cell(4), "a real Excel date");
        assertEquals("1985/11/20", table.rows().get(1).cell(4), "Calc keeps 1985/11/20 as text: the import reads it as a date");
    }

    @Test
    void formulasAreReadAsTheirCachedValues() throws IOException {
        SheetTable table = reader.read(fixture(dir, "accounts.xlsx"), null);
        assertEquals("区委宣传部官方号", table.rows().get(0).cell(3));
        assertEquals(LocalDate.of(2026, 10, 12), table.rows().get(0).cell(9));
    }

    @Test
    void csvInGbkAndInUtf8WithOrWithoutBomAreDetected() throws IOException {
        String text = "姓名,公民身份号码\r\n张三,320102198003080114\r\n\"李,四\",\"含\"\"引号\"\"\"\r\n";
        for (Charset charset : new Charset[] {Charset.forName("GBK"), StandardCharsets.UTF_8}) {
            for (boolean bom : new boolean[] {false, true}) {
                if (bom && charset != StandardCharsets.UTF_8) {
                    continue;
                }
                Path file = dir.resolve(charset.name() + bom + ".csv");
                byte[] body = text.getBytes(charset);
                Files.write(file, bom ? concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, body) : body);
                SheetTable table = reader.read(file, null);
                assertEquals("姓名", table.headers().get(0), charset + " bom=" + bom);
                assertEquals("张三", table.rows().get(0).cell(0));
                assertEquals("李,四", table.rows().get(1).cell(0));
                assertEquals("含\"引号\"", table.rows().get(1).cell(1));
                assertTrue(table.source().startsWith(charset == StandardCharsets.UTF_8 ? "UTF-8" : "GB18030"), table.source());
            }
        }
    }

    @Test
    void theUserMayOverrideTheGuessedEncoding() throws IOException {
        Path file = dir.resolve("gbk.csv");
        Files.write(file, "姓名\r\n张三\r\n".getBytes(Charset.forName("GBK")));
        assertEquals("import.error.charset", assertThrows(LedgerException.class,
                () -> reader.read(file, StandardCharsets.UTF_8)).messageKey());
        assertEquals("张三", reader.read(file, Charset.forName("GBK")).rows().get(0).cell(0));
    }

    @Test
    void brokenAndDisguisedFilesAreRefusedWithTheirOwnMessage() throws IOException {
        Path truncated = dir.resolve("truncated.xlsx");
        byte[] whole = Files.readAllBytes(fixture(dir, "accounts.xlsx"));
        Files.write(truncated, Arrays.copyOf(whole, whole.length / 2));
        assertEquals("import.error.unreadable", refusal(truncated));

        Path textAsXlsx = dir.resolve("text.xlsx");
        Files.writeString(textAsXlsx, "姓名,性别\n张三,男\n");
        assertEquals("import.error.notXlsx", refusal(textAsXlsx));

        Path zipAsCsv = dir.resolve("book.csv");
        Files.write(zipAsCsv, whole);
        assertEquals("import.error.notCsv", refusal(zipAsCsv));

        Path empty = dir.resolve("empty.csv");
        Files.write(empty, new byte[0]);
        assertEquals("import.error.empty", refusal(empty));

        Path headerOnly = dir.resolve("header.csv");
        Files.writeString(headerOnly, "姓名,性别\r\n\r\n");
        assertEquals("import.error.noRows", refusal(headerOnly));

        Path doc = dir.resolve("a.docx.txt.pdf");
        Files.writeString(doc, "x");
        assertEquals("import.error.extension", refusal(doc));
    }

    @Test
    void passwordProtectedWorkbooksAndOldXlsAreTold() throws IOException {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        byte[] name = "EncryptionInfo".getBytes(StandardCharsets.UTF_16LE);
        Path locked = dir.resolve("locked.xlsx");
        Files.write(locked, concat(concat(ole2, new byte[512]), name));
        assertEquals("import.error.encrypted", refusal(locked));
        Path old = dir.resolve("old.xlsx");
        Files.write(old, concat(ole2, new byte[512]));
        assertEquals("import.error.oldXls", refusal(old));
    }

    @Test
    void aFileOverTheRowLimitIsRefusedWhole() throws IOException {
        StringBuilder csv = new StringBuilder("姓名\r\n");
        for (int i = 0; i < 101; i++) {
            csv.append("党员").append(i).append("\r\n");
        }
        Path file = dir.resolve("big.csv");
        Files.writeString(file, csv);
        assertEquals("import.error.tooLarge", refusal(file));
        Files.writeString(file, csv.substring(0, csv.lastIndexOf("党员100")));
        assertEquals(100, reader.read(file, null).rows().size());
    }

    @Test
    void numbersKeepTheirValue() throws IOException {
        Path file = dir.resolve("n.csv");
        Files.writeString(file, "成员数\r\n35\r\n");
        assertEquals("35", reader.read(file, null).rows().get(0).cell(0));
        assertEquals(new BigDecimal("35"), new BigDecimal((String) reader.read(file, null).rows().get(0).cell(0)));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
