package org.conductledger.model;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates units put in their spreadsheets: real Excel dates (serial day numbers) and the text forms
 * {@code 2024-03-05}, {@code 2024/3/5}, {@code 2024.3.5}, {@code 2024年3月5日} and {@code 20240305}, with an
 * optional time after the date (as some programs write it).
 */
public final class ImportDates {

    private static final Pattern SEPARATED = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    /** Day 0 of Excel's 1900 date system, allowing for its fictitious 1900-02-29 (serial 60). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private ImportDates() {
    }

    /** The date written as {@code text}, or empty when it is not one of the accepted forms or no real date. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        Matcher m = SEPARATED.matcher(t);
        if (!m.matches()) {
            m = COMPACT.matcher(t);
            if (!m.matches()) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** An Excel serial day number (1900 date system) as a date; the time of day, if any, is dropped. */
    public static Optional<LocalDate> fromExcelSerial(BigDecimal serial) {
        long day = serial.longValue();
        if (day < 1 || day > 2_958_465 || day == 60) {   // 60 is 1900-02-29, which never was
            return Optional.empty();
        }
        return Optional.of(day < 60 ? EXCEL_EPOCH.plusDays(day + 1) : EXCEL_EPOCH.plusDays(day));
    }

    /** The serial day number Excel stores for {@code date} (1900 date system). */
    public static long toExcelSerial(LocalDate date) {
        long days = date.toEpochDay() - EXCEL_EPOCH.toEpochDay();
        return days < 61 ? days - 1 : days;
    }
}
