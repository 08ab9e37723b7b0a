package org.conductledger.ui.outcome;

import javafx.stage.Window;
import org.conductledger.i18n.Messages;
import org.conductledger.model.CaseFile;
import org.conductledger.model.Outcome;
import org.conductledger.ui.common.DialogWindows;
import org.conductledger.ui.common.FxmlView;

/** Opens the decision, appeal, execution and recognition dialogs; {@code onSaved} runs after a change. */
public final class OutcomeActions {

    private final DialogWindows windows;
    private final Messages messages;

    public OutcomeActions(DialogWindows windows, Messages messages) {
        this.windows = windows;
        this.messages = messages;
    }

    public void record(CaseFile c, Window owner, Runnable onSaved) {
        windows.<OutcomeEditController>open(FxmlView.OUTCOME_EDIT, messages.get("outcome.title"), owner, x -> x.start(c, onSaved));
    }

    public void appeal(Outcome o, Window owner, Runnable onSaved) {
        windows.<AppealController>open(FxmlView.APPEAL, messages.get("appeal.title"), owner, x -> x.start(o, onSaved));
    }

    public void execution(Outcome o, Window owner, Runnable onSaved) {
        windows.<ExecutionController>open(FxmlView.EXECUTION, messages.get("execution.title"), owner, x -> x.start(o, onSaved));
    }

    public void clarify(CaseFile c, Window owner, Runnable onSaved) {
        windows.<ClarificationController>open(FxmlView.CLARIFICATION, messages.get("clarification.title"), owner,
                x -> x.start(c, onSaved));
    }

    public void accountability(CaseFile c, Window owner, Runnable onSaved) {
        windows.<AccountabilityController>open(FxmlView.ACCOUNTABILITY, messages.get("accountability.title"), owner,
                x -> x.start(c, onSaved));
    }

    public void commend(long memberId, String name, Window owner, Runnable onSaved) {
        windows.<CommendationController>open(FxmlView.COMMENDATION, messages.get("commendation.title"), owner,
                x -> x.start(memberId, name, false, onSaved));
    }

    public void protect(long memberId, String name, Window owner, Runnable onSaved) {
        windows.<CommendationController>open(FxmlView.COMMENDATION, messages.get("protection.title"), owner,
                x -> x.start(memberId, name, true, onSaved));
    }
}
