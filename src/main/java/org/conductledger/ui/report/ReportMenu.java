package org.conductledger.ui.report;

import javafx.stage.Window;
import org.conductledger.i18n.Messages;
import org.conductledger.model.Permission;
import org.conductledger.model.Session;
import org.conductledger.ui.common.DialogWindows;
import org.conductledger.ui.common.FxmlView;

/** The main window's 报表 menu: the windows it opens and which of them the user's roles allow. */
public final class ReportMenu {

    private final DialogWindows windows;
    private final Messages messages;
    private final Session session;

    public ReportMenu(DialogWindows windows, Messages messages, Session session) {
        this.windows = windows;
        this.messages = messages;
        this.session = session;
    }

    public boolean mayCompileReview() {
        return session.has(Permission.REVIEW_COMPILE);
    }

    public void annualReview(Window owner) {
        windows.open(FxmlView.ANNUAL_REVIEW, messages.get("review.title"), owner, (AnnualReviewController c) -> { });
    }
}
