package org.conductledger.ui.report;

import javafx.stage.Window;
import org.conductledger.ui.common.DialogWindows;
import org.conductledger.ui.common.FxmlView;

/** Opens the print preview of a document (form, register, annual review) over {@code owner}. */
public final class ReportActions {

    private final DialogWindows windows;

    public ReportActions(DialogWindows windows) {
        this.windows = windows;
    }

    public PrintPreviewController preview(Printable document, Window owner) {
        return windows.open(FxmlView.PRINT_PREVIEW, document.title(), owner,
                (PrintPreviewController c) -> c.show(document));
    }
}
