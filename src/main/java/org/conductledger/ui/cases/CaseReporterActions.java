package org.conductledger.ui.cases;

import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;
import org.conductledger.i18n.Messages;
import org.conductledger.service.CaseService;
import org.conductledger.ui.common.DialogService;
import org.conductledger.ui.common.TaskRunner;

/**
 * What the case screen records about the reporter: that a real-name reporter was told of the acceptance or
 * the result (each within 15 working days), and a clue closed without action marked 错告 or 诬告.
 */
public final class CaseReporterActions {

    private final CaseService cases;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;

    public CaseReporterActions(CaseService cases, TaskRunner tasks, DialogService dialogs, Messages messages) {
        this.cases = cases;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** Records the notice given {@code on}, after the user confirms. */
    void notice(long caseId, boolean result, LocalDate on, Runnable changed, Consumer<Throwable> fail) {
        if (!dialogs.confirm(messages.get(result ? "case.notice.confirmResult" : "case.notice.confirmAcceptance", on))) {
            return;
        }
        tasks.run(() -> {
            cases.recordNotice(caseId, result, on);
            return null;
        }, ok -> changed.run(), fail);
    }

    /** 错告 or 诬告, for a clue closed without action (2024 第十二条 forbids 匿名诬告), after confirmation. */
    void falseReport(long caseId, Window owner, Runnable changed, Consumer<Throwable> fail) {
        ChoiceDialog<String> ask = new ChoiceDialog<>(messages.get("case.falseReport.MISTAKEN"),
                messages.get("case.falseReport.MISTAKEN"), messages.get("case.falseReport.MALICIOUS"));
        ask.initOwner(owner);
        ask.setTitle(messages.get("case.falseReport"));
        ask.setHeaderText(messages.get("case.falseReport.header"));
        ask.showAndWait().filter(choice -> dialogs.confirm(messages.get("case.falseReport.confirm", choice))).ifPresent(choice -> {
            String kind = choice.equals(messages.get("case.falseReport.MALICIOUS")) ? "MALICIOUS" : "MISTAKEN";
            tasks.run(() -> {
                cases.markFalseReport(caseId, kind);
                return null;
            }, ok -> changed.run(), fail);
        });
    }
}
