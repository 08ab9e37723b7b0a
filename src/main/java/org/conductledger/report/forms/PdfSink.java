package org.conductledger.report.forms;

import java.io.IOException;

/** Where a finished PDF goes when printed (the GUI's printer job); the print is logged once it returns. */
@FunctionalInterface
public interface PdfSink {
    void accept(byte[] pdf) throws IOException;
}
