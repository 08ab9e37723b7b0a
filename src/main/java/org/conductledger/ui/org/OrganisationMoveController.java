package org.conductledger.ui.org;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.conductledger.i18n.Messages;
import org.conductledger.model.Organisation;
import org.conductledger.model.OrganisationField;
import org.conductledger.ui.common.Converters;
import org.conductledger.ui.common.Decorations;
import org.controlsfx.control.SearchableComboBox;

/** Binds organisation_move.fxml to its view model. */
public final class OrganisationMoveController {

    private final OrganisationMoveViewModel viewModel;
    private final Messages messages;
    private Consumer<Organisation> onSaved = o -> { };

    @FXML private Label movingLabel;
    @FXML private SearchableComboBox<Organisation> parentChoice;
    @FXML private Label problemsLabel;
    @FXML private Button saveButton;

    public OrganisationMoveController(OrganisationMoveViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        parentChoice.setItems(viewModel.choices());
        parentChoice.valueProperty().bindBidirectional(viewModel.newParentProperty());
        problemsLabel.textProperty().bind(viewModel.problems().summaryProperty());
        Decorations.bind(viewModel.problems(), Map.of(OrganisationField.PARENT, parentChoice));
    }

    public void start(Organisation org, java.util.List<Organisation> active, Function<Organisation, String> pathName,
                      Consumer<Organisation> onSaved) {
        this.onSaved = onSaved;
        parentChoice.setConverter(Converters.of(pathName::apply));
        movingLabel.setText(messages.get("org.move.moving", pathName.apply(org)));
        viewModel.start(org, active);
    }

    @FXML
    private void save() {
        viewModel.save(saved -> {
            close();
            onSaved.accept(saved);
        });
    }

    @FXML
    private void close() {
        ((Stage) saveButton.getScene().getWindow()).close();
    }
}
