package org.conductledger.ui.report;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A document the preview window shows, prints and saves: a form, a register or the annual review. Rendering
 * for the preview logs nothing; {@link #save} and {@link #print} each leave a print-log entry. All three are
 * called off the JavaFX thread.
 */
public interface Printable {

    /** Where the rendered PDF goes when printing (the printer, page by page). */
    interface Printer {
        void accept(byte[] pdf) throws IOException;
    }

    /** The window title, e.g. "个人公众账号备案表". */
    String title();

    /** The suggested file name, e.g. "个人公众账号备案表-张三.pdf". */
    String fileName();

    byte[] preview();

    /** Writes the PDF to {@code file} whole or not at all, and logs it. */
    void save(Path file);

    /** Renders, hands the PDF to {@code printer}, and logs it once the printer took it. */
    void print(Printer printer);
}
