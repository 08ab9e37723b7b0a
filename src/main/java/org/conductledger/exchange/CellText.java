package org.conductledger.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.conductledger.model.ImportDates;
import org.conductledger.model.ImportProblem;
import org.conductledger.model.SheetWords;

/**
 * Reads the cells of one row under a mapping, turning what cannot be read into problems for that row and
 * column (so a preview lists every one, not only the first).
 */
final class CellText {

    private final SheetTable.Row row;
    private final ColumnMapping mapping;
    private final List<ImportProblem> problems;

    CellText(SheetTable.Row row, ColumnMapping mapping, List<ImportProblem> problems) {
        this.row = row;
        this.mapping = mapping;
        this.problems = problems;
    }

    int problemCount() {
        return problems.size();
    }

    int rowNumber() {
        return row.number();
    }

    void problem(org.conductledger.model.ImportColumn column, String key, Object... args) {
        problems.add(ImportProblem.of(row.number(), column == null ? null : column.header(), key, args));
    }

    /** The cell as text (numbers without a trailing ".0", dates as yyyy-mm-dd), null when blank or unmapped. */
    String text(org.conductledger.model.ImportColumn column) {
        Integer index = mapping.indexOf(column);
        if (index == null) {
            return null;
        }
        Object value = row.cell(index);
        String text;
        if (value instanceof BigDecimal number) {
            text = number.stripTrailingZeros().toPlainString();
        } else if (value instanceof Boolean flag) {
            text = SheetWords.flag(flag);
        } else {
            text = value == null ? null : value.toString();
        }
        if (text == null || text.isBlank()) {
            if (column.required()) {
                problem(column, "import.problem.required", column.header());
            }
            return null;
        }
        String stripped = text.strip();
        // Our own CSV (and others') defuse a leading = + - @ with an apostrophe so Excel does not run it.
        if (stripped.length() > 1 && stripped.charAt(0) == '\'' && "=+-@".indexOf(stripped.charAt(1)) >= 0) {
            return stripped.substring(1);
        }
        return stripped;
    }

    Optional<LocalDate> date(org.conductledger.model.ImportColumn column) {
        Integer index = mapping.indexOf(column);
        Object value = index == null ? null : row.cell(index);
        if (value instanceof LocalDate date) {
            return Optional.of(date);
        }
        if (value instanceof BigDecimal serial) {
            Optional<LocalDate> date = serial.scale() <= 0 && serial.toPlainString().length() == 8
                    ? ImportDates.parse(serial.toPlainString()) : ImportDates.fromExcelSerial(serial);
            if (date.isEmpty()) {
                problem(column, "import.problem.date", column.header(), serial.toPlainString());
            }
            return date;
        }
        String text = text(column);
        if (text == null) {
            return Optional.empty();
        }
        Optional<LocalDate> date = ImportDates.parse(text);
        if (date.isEmpty()) {
            problem(column, "import.problem.date", column.header(), text);
        }
        return date;
    }

    Optional<Integer> whole(org.conductledger.model.ImportColumn column) {
        String text = text(column);
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(text.replace(",", "").replace("，", "")));
        } catch (NumberFormatException e) {
            problem(column, "import.problem.number", column.header(), text);
            return Optional.empty();
        }
    }

    /** 是/否 (also Y/N, 1/0, TRUE/FALSE); blank is {@code fallback}. */
    boolean flag(org.conductledger.model.ImportColumn column, boolean fallback) {
        String text = text(column);
        if (text == null) {
            return fallback;
        }
        switch (text.toUpperCase(java.util.Locale.ROOT)) {
            case SheetWords.YES, "Y", "YES", "1", "TRUE", "√" -> {
                return true;
            }
            case SheetWords.NO, "N", "NO", "0", "FALSE", "×" -> {
                return false;
            }
            default -> {
                problem(column, "import.problem.flag", column.header(), text);
                return fallback;
            }
        }
    }
}
