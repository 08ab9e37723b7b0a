package org.conductledger.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.conductledger.app.Services;
import org.conductledger.exchange.ColumnMapping;
import org.conductledger.exchange.Importer;
import org.conductledger.exchange.SheetTable;
import org.conductledger.exchange.TableData;
import org.conductledger.exchange.TableWriter;
import org.conductledger.i18n.Messages;
import org.conductledger.model.ImportKind;
import org.conductledger.model.ImportReport;
import org.conductledger.model.LedgerException;
import org.conductledger.model.OrgType;
import org.conductledger.model.TestIds;
import org.conductledger.service.TestLedger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile spreadsheets (issue 13): 1,000+ files from a seeded generator through the real importer on a real
 * ledger — truncated and bit-flipped workbooks, random bytes named .xlsx, zip bombs, formulas, enormous cells,
 * wrong and mixed encodings, BOMs, control characters, 10,000-character names, SQL- and path-looking strings,
 * impossible dates. Each must end in a Chinese refusal or a clean import: never an uncaught exception, a hang,
 * a partial import or a memory blow-up.
 */
class HostileImportTest {

    static final int FILES = Integer.getInteger("reliability.fuzzFiles", 1_000);
    static final long SEED = 13_2026L;
    static final List<String> HEADERS = List.of("姓名", "性别", "公民身份号码", "民族", "出生日期", "党员类别", "入党日期",
            "转正日期", "所在党组织", "工作单位及职务");
    static final List<String> HOSTILE = List.of("x".repeat(10_000), "张".repeat(10_000), "Robert'); DROP TABLE member;--",
            "' OR '1'='1", "../../etc/passwd", "..\\..\\Windows\\win.ini", "C:\\CON", "CON", "NUL", "/dev/zero",
            "=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1:A9)", "=HYPERLINK(\"http://x\")", "\u0000\u0001\u001f",
            "\uFEFF张三", "张\u202E三", "𠀀𠀁𪚥", "", " ", "\t\r\n", "%s%n%x", "${jndi:ldap://x/a}", "<script>alert(1)</script>",
            "null", "\\N", "\"\"\"", "；，。", "2024-02-30", "2024-13-01", "0000-00-00", "99999-01-01", "1900-02-29",
            "二〇二四年二月三十日", "-1", "1e308", "NaN", "中共第一党支部", "ZB1", "第一党支部\u0000", "正式党员 ", "预备党员",
            "男\u0007", "女", "未知");
    static final List<String> DATES = List.of("1985-07-01", "2024-02-30", "2024-02-29", "2023-02-29", "1985/7/1", "19850701",
            "1985.07.01", "1985年7月1日", "2099-01-01", "1800-01-01", "0", "45000", "-45000", "9999999", "昨天", "");

    @TempDir
    Path dir;

    final Messages zh = Messages.load(Locale.SIMPLIFIED_CHINESE);
    int clean;
    int refusals;
    final List<String> failures = new ArrayList<>();
    /** JVM-wide, garbage included; a real blow-up shows as an OutOfMemoryError, which the run records as a failure. */
    long peakHeap;

    @Test
    void everyHostileFileEndsInAChineseRefusalOrACleanImportNeverHalfWay() throws Exception {
        try (TestLedger ledger = TestLedger.openEmbedded(dir.resolve("ledger"))) {
            ledger.org(null, "第一党支部", "ZB1", OrgType.BRANCH);
            Services services = ledger.services;
            Random random = new Random(SEED);
            Path files = Files.createDirectories(dir.resolve("in"));
            byte[] validXlsx = xlsx(rows(random, 3, 0, false));
            int bombs = 0;
            for (int i = 0; i < FILES; i++) {
                GeneratedFile file = generate(random, i, files, validXlsx);
                bombs += file.bomb ? 1 : 0;
                runOne(services, ledger, file);
            }
            System.out.println("RELIABILITY fuzz files=" + FILES + " clean=" + clean + " refusals=" + refusals
                    + " zipBombs=" + bombs + " failures=" + failures.size() + " heapUsedMaxMB=" + peakHeap / (1024 * 1024));
            assertEquals(List.of(), failures);
            assertTrue(clean > 20, "the generator also makes importable files: " + clean);
            assertTrue(refusals > FILES / 2, "most files are hostile: " + refusals);
        }
    }

    record GeneratedFile(Path path, String kind, boolean bomb) {
    }

    private void runOne(Services services, TestLedger ledger, GeneratedFile file) {
        long rootId = ledger.root().id();
        int before = services.members().roster(rootId, true, true).size();
        String label = file.kind + " " + file.path.getFileName();
        try {
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                Importer importer = services.importer();
                try {
                    SheetTable table = importer.read(ImportKind.MEMBERS, file.path, null);
                    ImportReport report = importer.run(ImportKind.MEMBERS, table, ColumnMapping.guess(ImportKind.MEMBERS,
                            table.headers()), null, false, file.path.getFileName().toString());
                    int after = services.members().roster(rootId, true, true).size();
                    if (report.problems().isEmpty()) {
                        if (after != before + table.rows().size() || report.imported() != table.rows().size()) {
                            failures.add(label + ": clean report but " + (after - before) + " of " + table.rows().size()
                                    + " rows written");
                        }
                        clean++;
                    } else {
                        if (after != before) {
                            failures.add(label + ": refused but " + (after - before) + " rows written");
                        }
                        String words = Importer.describe(zh, report.problems().get(0));
                        if (!chinese(words)) {
                            failures.add(label + ": problem not in Chinese: " + words);
                        }
                        refusals++;
                    }
                    if (file.bomb) {
                        failures.add(label + ": a zip bomb was read");
                    }
                } catch (LedgerException e) {
                    String words = zh.describe(e);
                    int after = services.members().roster(rootId, true, true).size();
                    if (after != before) {
                        failures.add(label + ": refused (" + e.messageKey() + ") but " + (after - before) + " rows written");
                    }
                    if (!chinese(words) || words.contains(e.messageKey())) {
                        failures.add(label + ": refusal without a Chinese message: " + e.messageKey() + " → " + words);
                    }
                    if (file.bomb && !e.messageKey().equals("import.error.zipBomb")) {
                        failures.add(label + ": zip bomb refused as " + e.messageKey());
                    }
                    refusals++;
                }
            });
        } catch (Throwable t) {
            failures.add(label + ": " + t);
        }
        try {
            Files.deleteIfExists(file.path);
        } catch (IOException e) {
            failures.add(label + ": cannot delete " + e);
        }
        Runtime runtime = Runtime.getRuntime();
        peakHeap = Math.max(peakHeap, runtime.totalMemory() - runtime.freeMemory());
    }

    private static boolean chinese(String words) {
        return words != null && words.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    // ----- the generator -----

    private int serial = 0;

    private GeneratedFile generate(Random random, int i, Path files, byte[] validXlsx) throws IOException {
        int kind = i < 4 ? 0 : random.nextInt(14);   // the first files are clean, so the baseline is proven
        String base = "f" + i;
        switch (kind) {
            case 0 -> {
                return write(files, base + ".xlsx", "clean-xlsx", xlsx(rows(random, 1 + random.nextInt(3), 0, false)));
            }
            case 1 -> {
                return write(files, base + ".xlsx", "hostile-xlsx", xlsx(rows(random, 1 + random.nextInt(3), 3, true)));
            }
            case 2 -> {
                return write(files, base + ".xlsx", "truncated-xlsx",
                        Arrays.copyOf(validXlsx, random.nextInt(validXlsx.length)));
            }
            case 3 -> {
                byte[] flipped = validXlsx.clone();
                for (int k = 1 + random.nextInt(20); k > 0; k--) {
                    flipped[random.nextInt(flipped.length)] ^= (byte) (1 << random.nextInt(8));
                }
                return write(files, base + ".xlsx", "bitflip-xlsx", flipped);
            }
            case 4 -> {
                byte[] bytes = new byte[random.nextInt(20_000)];
                random.nextBytes(bytes);
                if (random.nextBoolean() && bytes.length >= 4) {
                    bytes[0] = 'P';
                    bytes[1] = 'K';
                    bytes[2] = 3;
                    bytes[3] = 4;
                }
                return write(files, base + (random.nextBoolean() ? ".xlsx" : ".csv"), "random-bytes", bytes);
            }
            case 5 -> {
                return write(files, base + ".xlsx", "formulas-xlsx", formulas(random));
            }
            case 6 -> {
                return write(files, base + ".xlsx", "foreign-zip", foreignZip(random));
            }
            case 7 -> {
                if (random.nextInt(8) == 0) {
                    return new GeneratedFile(bomb(files, random.nextBoolean()), "zip-bomb", true);
                }
                return write(files, base + ".xlsx", "enormous-cell-xlsx", xlsxWithCell(random, 200_000 + random.nextInt(800_000)));
            }
            case 8, 9 -> {
                Charset charset = List.of(StandardCharsets.UTF_8, Charset.forName("GBK"), Charset.forName("GB18030"),
                        StandardCharsets.UTF_16LE, StandardCharsets.ISO_8859_1).get(random.nextInt(5));
                String text = csv(rows(random, 1 + random.nextInt(3), kind == 8 ? 0 : 3, kind == 9), random);
                byte[] bytes = text.getBytes(charset);
                if (random.nextBoolean()) {
                    byte[] bom = charset == StandardCharsets.UTF_16LE ? new byte[] {(byte) 0xFF, (byte) 0xFE}
                            : new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
                    bytes = concat(bom, bytes);
                }
                return write(files, base + ".csv", "csv-" + charset.name(), bytes);
            }
            case 10 -> {
                String text = csv(rows(random, 2, 0, false), random);
                int half = text.length() / 2;
                return write(files, base + ".csv", "csv-mixed-gbk-utf8", concat(text.substring(0, half)
                        .getBytes(Charset.forName("GBK")), text.substring(half).getBytes(StandardCharsets.UTF_8)));
            }
            case 11 -> {
                String text = csv(rows(random, 1, 0, false), random);
                StringBuilder broken = new StringBuilder(text);
                for (int k = 1 + random.nextInt(10); k > 0; k--) {
                    broken.insert(random.nextInt(broken.length()), "\"\u0000\r,;\t\u001a".charAt(random.nextInt(7)));
                }
                return write(files, base + ".csv", "csv-control-chars", broken.toString().getBytes(StandardCharsets.UTF_8));
            }
            case 12 -> {
                StringBuilder wide = new StringBuilder(String.join(",", HEADERS));
                for (int c = 0; c < 3_000; c++) {
                    wide.append(",列").append(c);
                }
                wide.append("\r\n").append(csv(rows(random, 1, 0, false), random).split("\r\n", 2)[1]);
                return write(files, base + ".csv", "csv-wide", wide.toString().getBytes(StandardCharsets.UTF_8));
            }
            default -> {
                String cell = "张".repeat(100_000 + random.nextInt(400_000));
                return write(files, base + ".csv", "csv-enormous-cell",
                        (String.join(",", HEADERS) + "\r\n" + cell + ",男\r\n").getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static GeneratedFile write(Path files, String name, String kind, byte[] bytes) throws IOException {
        Path path = files.resolve(name);
        Files.write(path, bytes);
        return new GeneratedFile(path, kind, false);
    }

    /** Data rows: plausible members (unique ID numbers), {@code hostileCells} of them replaced by hostile values. */
    private List<List<Object>> rows(Random random, int count, int hostileCells, boolean hostileDates) {
        List<List<Object>> rows = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(serial++);
            List<Object> row = new ArrayList<>(List.of("成员" + serial, "男", TestIds.id("320102", birth, 11), "汉族",
                    birth.toString(), "正式党员", birth.plusYears(25).toString(), birth.plusYears(26).toString(), "ZB1", "某单位 科员"));
            for (int k = 0; k < hostileCells; k++) {
                row.set(random.nextInt(row.size()), HOSTILE.get(random.nextInt(HOSTILE.size())));
            }
            if (hostileDates) {
                row.set(6, DATES.get(random.nextInt(DATES.size())));
                if (random.nextBoolean()) {
                    row.set(4, random.nextBoolean() ? new BigDecimal("1e400") : new BigDecimal(random.nextInt(3_000_000) - 100));
                }
            }
            rows.add(row);
        }
        return rows;
    }

    private static byte[] xlsx(List<List<Object>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TableWriter().xlsx(new TableData("党员", HEADERS, rows), out);
        return out.toByteArray();
    }

    private static byte[] xlsxWithCell(Random random, int length) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(List.of("张".repeat(length), "男")));
        return xlsx(rows);
    }

    /** Real formulas (no cached values), as a hand-edited sheet would have them. */
    private byte[] formulas(Random random) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(out, "x", "1.0");
        org.dhatim.fastexcel.Worksheet sheet = workbook.newWorksheet("党员");
        for (int c = 0; c < HEADERS.size(); c++) {
            sheet.value(0, c, HEADERS.get(c));
        }
        List<Object> row = rows(random, 1, 0, false).get(0);
        for (int c = 0; c < row.size(); c++) {
            if (random.nextInt(3) == 0) {
                sheet.formula(1, c, List.of("A1&B1", "1/0", "NOW()", "INDIRECT(\"A1\")", "WEBSERVICE(\"http://x\")",
                        "REPT(\"x\",32767)").get(random.nextInt(6)));
            } else {
                sheet.value(1, c, row.get(c).toString());
            }
        }
        workbook.finish();
        return out.toByteArray();
    }

    /** A zip that is not a workbook (or only looks like one), entries with path-looking names. */
    private static byte[] foreignZip(Random random) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : List.of("../../evil.txt", "[Content_Types].xml", "xl/workbook.xml", "/etc/passwd", "CON")) {
                if (random.nextBoolean()) {
                    zip.putNextEntry(new ZipEntry(name));
                    byte[] junk = new byte[random.nextInt(500)];
                    random.nextBytes(junk);
                    zip.write(junk);
                    zip.closeEntry();
                }
            }
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write("<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>姓名".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private Path sheetBomb;
    private Path stringsBomb;

    /**
     * A small file that inflates to 400 MB: spaces inside the sheet, or one shared string. Made once each (deflating
     * takes a second or two) and imported again under new names.
     */
    private Path bomb(Path files, boolean inSharedStrings) throws IOException {
        Path made = inSharedStrings ? stringsBomb : sheetBomb;
        if (made == null) {
            made = files.resolve(inSharedStrings ? "bomb-strings.xlsx" : "bomb-sheet.xlsx");
            try (OutputStream file = Files.newOutputStream(made); ZipOutputStream zip = new ZipOutputStream(file)) {
                entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                        + "package/2006/content-types\"><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
                        + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>");
                entry(zip, "xl/workbook.xml", "<workbook><sheets><sheet name=\"a\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
                zip.putNextEntry(new ZipEntry(inSharedStrings ? "xl/sharedStrings.xml" : "xl/worksheets/sheet1.xml"));
                zip.write((inSharedStrings ? "<sst><si><t>" : "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>")
                        .getBytes(StandardCharsets.UTF_8));
                byte[] block = new byte[1024 * 1024];
                Arrays.fill(block, (byte) 'x');
                for (int k = 0; k < 400; k++) {
                    zip.write(block);
                }
                zip.closeEntry();
            }
            if (inSharedStrings) {
                stringsBomb = made;
            } else {
                sheetBomb = made;
            }
        }
        Path copy = files.resolve("bomb-" + System.nanoTime() + ".xlsx");
        Files.copy(made, copy);
        return copy;
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String csv(List<List<Object>> rows, Random random) {
        String delimiter = List.of(",", ",", ";", "\t").get(random.nextInt(4));
        StringBuilder out = new StringBuilder(String.join(delimiter, HEADERS)).append("\r\n");
        for (List<Object> row : rows) {
            List<String> cells = new ArrayList<>();
            for (Object cell : row) {
                String text = cell.toString();
                cells.add(text.contains(delimiter) || text.contains("\"") || text.contains("\n")
                        ? "\"" + text.replace("\"", "\"\"") + "\"" : text);
            }
            out.append(String.join(delimiter, cells)).append("\r\n");
        }
        return out.toString();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
