package org.conductledger.ui.cases;

import javafx.stage.Window;
import org.conductledger.i18n.Messages;
import org.conductledger.model.Organisation;
import org.conductledger.ui.common.DialogWindows;
import org.conductledger.ui.common.FxmlView;

/** Opens the case dialogs; {@code onChanged} runs after a change (the list reloads). */
public final class CaseActions {

    private final DialogWindows windows;
    private final Messages messages;

    public CaseActions(DialogWindows windows, Messages messages) {
        this.windows = windows;
        this.messages = messages;
    }

    public void intake(Organisation org, Window owner, Runnable onChanged) {
        windows.<CaseIntakeController>open(FxmlView.CASE_INTAKE, messages.get("case.intake.title"), owner,
                c -> c.start(org, onChanged));
    }

    public void open(long caseId, boolean canWrite, Window owner, Runnable onChanged) {
        windows.<CaseDetailController>open(FxmlView.CASE_DETAIL, messages.get("case.detail.title", caseId), owner,
                c -> c.start(caseId, canWrite, onChanged));
    }
}
