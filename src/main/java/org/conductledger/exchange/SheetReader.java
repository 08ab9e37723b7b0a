package org.conductledger.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.conductledger.model.ImportDates;
import org.conductledger.model.LedgerException;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;

/**
 * Reads an .xlsx (first sheet; formulas as their cached values) or a .csv file into a {@link SheetTable},
 * refusing with a clear message a file that is empty, too large, password-protected, an old .xls, or not
 * what its extension says. Blank rows are skipped; row numbers are those the spreadsheet program shows.
 */
public final class SheetReader {

    private static final byte[] ENCRYPTION_INFO = "EncryptionInfo".chars()
            .collect(java.io.ByteArrayOutputStream::new, (out, c) -> { out.write(c); out.write(0); }, (a, b) -> { })
            .toByteArray();

    /** The most an .xlsx may unpack to (a 200,000-row sheet unpacks to about 100 MB). */
    static final long MAX_UNPACKED_BYTES = 256L * 1024 * 1024;
    /** An entry inflating more than this many times its packed size (past {@link #RATIO_FLOOR}) is a zip bomb. */
    static final long MAX_RATIO = 100;
    static final long RATIO_FLOOR = 1024L * 1024;

    private final int maxRows;

    /** {@code maxRows}: the most data rows a file may have (the rest is refused, not cut off). */
    public SheetReader(int maxRows) {
        this.maxRows = maxRows;
    }

    /** Reads {@code file}; {@code charset} overrides the CSV character set guess (null: guess). */
    public SheetTable read(Path file, Charset charset) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        byte[] head = head(file);
        if (head.length == 0) {
            throw new LedgerException("import.error.empty", file.getFileName());
        }
        byte[] padded = java.util.Arrays.copyOf(head, 8);   // the signature checks want eight bytes
        boolean zip = ReadableWorkbook.isOOXMLZipHeader(padded);
        boolean ole2 = ReadableWorkbook.isOLE2Header(padded);
        if (name.endsWith(".xls") || (ole2 && !encrypted(file))) {
            throw new LedgerException("import.error.oldXls", file.getFileName());
        }
        if (ole2) {
            throw new LedgerException("import.error.encrypted", file.getFileName());
        }
        if (name.endsWith(".xlsx")) {
            if (!zip) {
                throw new LedgerException("import.error.notXlsx", file.getFileName());
            }
            refuseZipBomb(file);
            return finish(file, readXlsx(file), "xlsx");
        }
        if (zip) {
            throw new LedgerException("import.error.notCsv", file.getFileName());
        }
        if (!name.endsWith(".csv") && !name.endsWith(".txt")) {
            throw new LedgerException("import.error.extension", file.getFileName());
        }
        byte[] bytes = bytes(file);
        Charset used = charset != null ? charset : CharsetGuess.of(bytes);
        String text = CharsetGuess.decode(bytes, used);
        if (text == null) {
            throw new LedgerException("import.error.charset", file.getFileName(), used.displayName(Locale.ROOT));
        }
        if (text.indexOf('\0') >= 0) {
            throw new LedgerException("import.error.notCsv", file.getFileName());
        }
        List<List<Object>> records = new ArrayList<>();
        int count = 0;
        for (List<String> record : CsvText.parse(text, CsvText.delimiterOf(text))) {
            if (++count > maxRows + 1) {
                throw new LedgerException("import.error.tooLarge", file.getFileName(), maxRows);
            }
            records.add(new ArrayList<>(record));
        }
        return finish(file, numbered(records), used.displayName(Locale.ROOT));
    }

    private List<SheetTable.Row> readXlsx(Path file) {
        List<SheetTable.Row> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
             Stream<org.dhatim.fastexcel.reader.Row> stream = workbook.getFirstSheet().openStream()) {
            boolean date1904 = workbook.isDate1904();
            var iterator = stream.iterator();
            while (iterator.hasNext()) {
                org.dhatim.fastexcel.reader.Row row = iterator.next();
                if (rows.size() > maxRows) {
                    throw new LedgerException("import.error.tooLarge", file.getFileName(), maxRows);
                }
                List<Object> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(value(row.getCell(i), date1904));
                }
                rows.add(new SheetTable.Row(row.getRowNum(), cells));
            }
        } catch (LedgerException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new LedgerException(e, "import.error.unreadable", file.getFileName());
        }
        return rows;
    }

    /**
     * Inflates every entry once, counting (the sizes in the zip's directory may lie), before the workbook reader
     * sees it: a small file that unpacks to gigabytes would otherwise fill the memory (issue 13).
     */
    private static void refuseZipBomb(Path file) {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                java.util.zip.ZipEntry entry = entries.nextElement();
                long packed = Math.max(1, entry.getCompressedSize());
                long inflated = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        inflated += n;
                        total += n;
                        if (total > MAX_UNPACKED_BYTES || inflated > RATIO_FLOOR && inflated > packed * MAX_RATIO) {
                            throw new LedgerException("import.error.zipBomb", file.getFileName(),
                                    MAX_UNPACKED_BYTES / (1024 * 1024));
                        }
                    }
                }
            }
        } catch (LedgerException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new LedgerException(e, "import.error.unreadable", file.getFileName());
        }
    }

    /** A cell's value; a formula gives its cached result, a number in a date format a date. */
    private static Object value(Cell cell, boolean date1904) {
        if (cell == null) {
            return null;
        }
        return switch (cell.getType()) {
            case EMPTY -> null;
            case BOOLEAN -> cell.asBoolean();
            case NUMBER -> isDateFormat(cell) ? date(cell.asNumber(), date1904) : cell.asNumber();
            case STRING, ERROR -> cell.asString();
            case FORMULA -> cached(cell, date1904);
        };
    }

    private static Object cached(Cell cell, boolean date1904) {
        String raw = cell.getRawValue();
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(raw);
            return isDateFormat(cell) ? date(number, date1904) : number;
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    private static Object date(BigDecimal serial, boolean date1904) {
        BigDecimal shifted = date1904 ? serial.add(BigDecimal.valueOf(1462)) : serial;
        return ImportDates.fromExcelSerial(shifted).<Object>map(d -> d).orElse(serial);
    }

    private static boolean isDateFormat(Cell cell) {
        Integer id = cell.getDataFormatId();
        if (id != null && (id >= 14 && id <= 22 || id >= 27 && id <= 36 || id >= 50 && id <= 58)) {
            return true;   // the built-in date formats, including the East Asian ones (27–36, 50–58)
        }
        String format = cell.getDataFormatString();
        if (format == null) {
            return false;
        }
        String f = format.replaceAll("\"[^\"]*\"|\\[[^]]*]|\\\\.", "").toLowerCase(Locale.ROOT);
        return f.contains("y") || f.contains("d") || f.contains("年") || f.contains("日");
    }

    private static List<SheetTable.Row> numbered(List<List<Object>> records) {
        List<SheetTable.Row> rows = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            rows.add(new SheetTable.Row(i + 1, records.get(i)));
        }
        return rows;
    }

    /** The first non-blank row is the header; blank rows below it are dropped. */
    private static SheetTable finish(Path file, List<SheetTable.Row> rows, String source) {
        List<SheetTable.Row> filled = rows.stream().filter(r -> !blank(r)).toList();
        if (filled.isEmpty()) {
            throw new LedgerException("import.error.empty", file.getFileName());
        }
        List<String> headers = filled.get(0).cells().stream().map(c -> c == null ? "" : c.toString().strip()).toList();
        List<SheetTable.Row> data = filled.subList(1, filled.size());
        if (data.isEmpty()) {
            throw new LedgerException("import.error.noRows", file.getFileName());
        }
        return new SheetTable(headers, data, source);
    }

    private static boolean blank(SheetTable.Row row) {
        return row.cells().stream().allMatch(c -> c == null || c.toString().isBlank());
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(8);
        } catch (IOException e) {
            throw new LedgerException(e, "import.error.unreadable", file.getFileName());
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new LedgerException(e, "import.error.unreadable", file.getFileName());
        }
    }

    /** An encrypted OOXML file is an OLE2 container holding an "EncryptionInfo" stream (names in UTF-16). */
    private static boolean encrypted(Path file) {
        byte[] bytes = bytes(file);
        outer:
        for (int i = 0; i + ENCRYPTION_INFO.length <= bytes.length; i++) {
            for (int j = 0; j < ENCRYPTION_INFO.length; j++) {
                if (bytes[i + j] != ENCRYPTION_INFO[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
