package org.conductledger.ui.cases;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.conductledger.model.CaseFile;
import org.conductledger.model.CaseHistoryEntry;
import org.conductledger.model.MemberStatement;
import org.conductledger.model.Outcome;
import org.conductledger.report.forms.FormKind;
import org.conductledger.ui.report.FormActions;

/**
 * The case screen's printed papers: the 打印… menu (问题线索登记表; 处置呈批表 once the clue had a disposal step;
 * 材料见面记录 once recorded) and 打印处理决定… for the selected decision, each opening the print preview. Which
 * reporter details the intake form shows is the case service's decision, as on the screen.
 */
public final class CasePrintActions {

    private final FormActions forms;
    private MenuButton menu;
    private MenuItem intake;
    private MenuItem disposal;
    private MenuItem statement;
    private long caseId;

    public CasePrintActions(FormActions forms) {
        this.forms = forms;
    }

    /** Wires the menu's items (by id) and the decision button; nothing is printable until {@link #update}. */
    void configure(MenuButton menu, Button decisionButton, TableView<Outcome> outcomes, Supplier<Window> owner) {
        this.menu = menu;
        intake = item(menu, "printIntakeItem");
        disposal = item(menu, "printDisposalItem");
        statement = item(menu, "printStatementItem");
        intake.setOnAction(e -> forms.previewCase(FormKind.INTAKE, caseId, owner.get()));
        disposal.setOnAction(e -> forms.previewCase(FormKind.DISPOSAL, caseId, owner.get()));
        statement.setOnAction(e -> forms.previewCase(FormKind.STATEMENT, caseId, owner.get()));
        menu.setDisable(true);
        boolean decisions = forms.allows(FormKind.DECISION);
        decisionButton.disableProperty().bind(outcomes.getSelectionModel().selectedItemProperty().isNull()
                .or(new javafx.beans.property.SimpleBooleanProperty(!decisions)));
        decisionButton.setOnAction(e -> {
            Outcome o = outcomes.getSelectionModel().getSelectedItem();
            if (o != null && decisions) {
                forms.preview(FormKind.DECISION, o.id(), o.memberName(), owner.get());
            }
        });
    }

    /** What the case as just loaded can print. */
    void update(CaseFile c, List<CaseHistoryEntry> history, Optional<MemberStatement> recorded) {
        caseId = c.id();
        intake.setDisable(!forms.allows(FormKind.INTAKE));
        disposal.setDisable(!forms.allows(FormKind.DISPOSAL) || history.stream().noneMatch(h -> h.to().isDisposal()));
        statement.setDisable(!forms.allows(FormKind.STATEMENT) || recorded.isEmpty());
        menu.setDisable(intake.isDisable() && disposal.isDisable() && statement.isDisable());
    }

    private static MenuItem item(MenuButton menu, String id) {
        return menu.getItems().stream().filter(i -> id.equals(i.getId())).findFirst()
                .orElseThrow(() -> new IllegalStateException("case_detail.fxml has no " + id));
    }
}
