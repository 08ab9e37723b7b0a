package org.conductledger.ui.member;

import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.control.Control;
import org.conductledger.model.ChangeField;
import org.conductledger.model.Organisation;
import org.conductledger.ui.common.Converters;
import org.controlsfx.control.SearchableComboBox;

/** Binds member_transfer.fxml: move a member to another organisation, kept in the history. */
public final class MemberTransferController extends MemberChangeController {

    @FXML private SearchableComboBox<Organisation> targetChoice;

    public MemberTransferController(MemberChangeViewModel viewModel) {
        super(viewModel);
    }

    @Override
    protected Map<ChangeField, Control> bindChoice() {
        targetChoice.setItems(viewModel.targetChoices());
        targetChoice.setConverter(Converters.of(o -> viewModel.organisations().pathName(o)));
        targetChoice.valueProperty().bindBidirectional(viewModel.targetProperty());
        return Map.of(ChangeField.TARGET_ORG, targetChoice);
    }

    @Override
    protected void save(Runnable done) {
        viewModel.saveTransfer(done);
    }
}
