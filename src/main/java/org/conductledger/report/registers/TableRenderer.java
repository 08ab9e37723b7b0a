package org.conductledger.report.registers;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Renders a register as PDF (title, subtitle, the table repeated header on each page; landscape when
 * {@link RegisterDocument#wide()}): {@link TablePdfRenderer} over the engine in {@code org.conductledger.report.pdf}.
 */
@FunctionalInterface
public interface TableRenderer {

    void render(RegisterDocument document, OutputStream out) throws IOException;
}
