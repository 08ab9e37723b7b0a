package org.conductledger.report.registers;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Renders a register as PDF (title, subtitle, the table repeated header on each page; landscape when
 * {@link RegisterDocument#wide()}). The PDF engine of {@code org.conductledger.report.pdf} provides it; until it
 * is wired, {@link RegisterReports} refuses PDF output rather than produce something else.
 */
@FunctionalInterface
public interface TableRenderer {

    void render(RegisterDocument document, OutputStream out) throws IOException;
}
