package org.conductledger.report.pdf;

import java.time.format.DateTimeFormatter;

/**
 * How {@link TablePdf} prints tables: title and subtitle (organisation and period), landscape or portrait,
 * a leading 序号 column ({@code rowNumberHeader}, null for none), the mark (内部资料) and number line of the
 * page frame, the cell size in points, the words for true/false and the date format. Texts come from the
 * caller's bundle; {@link #of(String)} gives landscape, 5号 cells, ISO dates and 是/否.
 */
public record TableOptions(String title, String subtitle, boolean landscape, String rowNumberHeader, String mark,
                           String numberLine, float fontSize, String yes, String no, DateTimeFormatter dateFormat) {

    public static TableOptions of(String title) {
        return new TableOptions(title, null, true, null, null, null, TextStyle.SIZE_5, org.conductledger.model.SheetWords.YES,
                org.conductledger.model.SheetWords.NO, DateTimeFormatter.ISO_LOCAL_DATE);
    }

    public TableOptions withSubtitle(String text) {
        return new TableOptions(title, text, landscape, rowNumberHeader, mark, numberLine, fontSize, yes, no, dateFormat);
    }

    public TableOptions portrait() {
        return new TableOptions(title, subtitle, false, rowNumberHeader, mark, numberLine, fontSize, yes, no, dateFormat);
    }

    /** Adds a first column numbering the rows 1, 2, 3 … under {@code header} (e.g. "序号"). */
    public TableOptions withRowNumbers(String header) {
        return new TableOptions(title, subtitle, landscape, header, mark, numberLine, fontSize, yes, no, dateFormat);
    }

    public TableOptions withMark(String text) {
        return new TableOptions(title, subtitle, landscape, rowNumberHeader, text, numberLine, fontSize, yes, no, dateFormat);
    }

    public TableOptions withNumberLine(String text) {
        return new TableOptions(title, subtitle, landscape, rowNumberHeader, mark, text, fontSize, yes, no, dateFormat);
    }

    public TableOptions withFontSize(float points) {
        return new TableOptions(title, subtitle, landscape, rowNumberHeader, mark, numberLine, points, yes, no, dateFormat);
    }

    public TableOptions withWords(String yesWord, String noWord) {
        return new TableOptions(title, subtitle, landscape, rowNumberHeader, mark, numberLine, fontSize, yesWord, noWord, dateFormat);
    }

    public TableOptions withDateFormat(DateTimeFormatter format) {
        return new TableOptions(title, subtitle, landscape, rowNumberHeader, mark, numberLine, fontSize, yes, no, format);
    }
}
