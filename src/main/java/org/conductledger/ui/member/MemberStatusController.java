package org.conductledger.ui.member;

import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import org.conductledger.i18n.Messages;
import org.conductledger.model.ChangeField;
import org.conductledger.model.MemberStatus;
import org.conductledger.ui.common.Converters;

/** Binds member_status.fxml: 正常 / 停止党籍 / 已转出 / 已出党 / 死亡, with date and reason. */
public final class MemberStatusController extends MemberChangeController {

    private final Messages messages;

    @FXML private ComboBox<MemberStatus> statusChoice;

    public MemberStatusController(MemberChangeViewModel viewModel, Messages messages) {
        super(viewModel);
        this.messages = messages;
    }

    @Override
    protected Map<ChangeField, Control> bindChoice() {
        statusChoice.setItems(viewModel.statusChoices());
        statusChoice.setConverter(Converters.labelled(messages));
        statusChoice.valueProperty().bindBidirectional(viewModel.statusProperty());
        return Map.of(ChangeField.STATUS, statusChoice);
    }

    @Override
    protected void save(Runnable done) {
        viewModel.saveStatus(done);
    }
}
