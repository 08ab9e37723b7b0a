package org.conductledger.exchange;

import java.util.ArrayList;
import java.util.List;

/** Splits CSV text (RFC 4180: quoted cells may hold commas, quotes doubled, line breaks) into records. */
final class CsvText {

    private CsvText() {
    }

    /** The records of {@code text}; {@code delimiter} is ',' for ordinary CSV or '\t' for tab-separated text. */
    static List<List<String>> parse(String text, char delimiter) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append(c);
                }
                continue;
            }
            if (c == '"' && cell.isEmpty()) {
                quoted = true;
                any = true;
            } else if (c == delimiter) {
                record.add(cell.toString());
                cell.setLength(0);
                any = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(cell.toString());
                records.add(record);
                record = new ArrayList<>();
                cell.setLength(0);
                any = false;
            } else {
                cell.append(c);
                any = true;
            }
        }
        if (any || !cell.isEmpty()) {
            record.add(cell.toString());
            records.add(record);
        }
        return records;
    }

    /** Tab-separated when the header line has tabs and no commas (text copied out of a spreadsheet). */
    static char delimiterOf(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        return first.indexOf('\t') >= 0 && first.indexOf(',') < 0 ? '\t' : ',';
    }
}
