package org.conductledger.cli;

import java.util.List;
import java.util.stream.Collectors;

/** CSV as spreadsheets read it (RFC 4180, CRLF), with formulas defused. */
final class Csv {

    private Csv() {
    }

    /** Quoted when it holds a comma, quote or line break; a leading = + - @ is prefixed with ' so Excel does not run it. */
    static String cell(String value) {
        return org.conductledger.exchange.TableWriter.csvCell(value);
    }

    static String line(List<String> cells) {
        return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
    }
}
