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

    /** 台账…: for users who may read at least one of the registers (the dialog greys out the others). */
    public boolean mayBuildRegisters() {
        return session.has(Permission.REGISTER_READ) || session.has(Permission.CASE_READ)
                || session.has(Permission.MEMBER_READ);
    }

    /** 打印登记…: 组织部门 and 审计. */
    public boolean mayReadPrintLog() {
        return session.has(Permission.PRINT_LOG_READ);
    }

    public void registers(Window owner) {
        windows.open(FxmlView.REGISTER_DIALOG, messages.get("registerDialog.title"), owner, (RegisterDialogController c) -> { });
    }

    public void printLog(Window owner) {
        windows.open(FxmlView.PRINT_LOG, messages.get("printLog.title"), owner, (PrintLogController c) -> { });
    }

    public void annualReview(Window owner) {
        windows.open(FxmlView.ANNUAL_REVIEW, messages.get("review.title"), owner, (AnnualReviewController c) -> { });
    }
}
