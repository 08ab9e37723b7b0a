package org.conductledger.cli;

import java.util.List;
import java.util.stream.Collectors;

/** CSV as spreadsheets read it (RFC 4180, CRLF), with formulas defused. */
final class Csv {

    private Csv() {
    }

    /** Quoted when it holds a comma, quote or line break; a leading = + - @ is prefixed with ' so Excel does not run it. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    static String line(List<String> cells) {
        return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
    }
}
