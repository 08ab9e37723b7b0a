package org.conductledger.ui.org;

import java.util.Map;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.conductledger.i18n.Messages;
import org.conductledger.model.IdNumber;
import org.conductledger.model.MemberSummary;
import org.conductledger.model.OrgType;
import org.conductledger.model.Organisation;
import org.conductledger.model.OrganisationField;
import org.conductledger.ui.common.Converters;
import org.conductledger.ui.common.DateFields;
import org.conductledger.ui.common.Decorations;

/** Binds organisation_edit.fxml to its view model; no logic of its own. */
public final class OrganisationEditController {

    private final OrganisationEditViewModel viewModel;
    private final Messages messages;
    private Consumer<Organisation> onSaved = o -> { };

    @FXML private Label parentLabel;
    @FXML private TextField nameField;
    @FXML private TextField codeField;
    @FXML private ComboBox<OrgType> typeChoice;
    @FXML private DatePicker establishedPicker;
    @FXML private ComboBox<MemberSummary> secretaryChoice;
    @FXML private Label problemsLabel;
    @FXML private Button saveButton;

    public OrganisationEditController(OrganisationEditViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        parentLabel.textProperty().bind(viewModel.parentNameProperty());
        nameField.textProperty().bindBidirectional(viewModel.nameProperty());
        codeField.textProperty().bindBidirectional(viewModel.codeProperty());
        typeChoice.getItems().setAll(OrgType.values());
        typeChoice.setConverter(Converters.labelled(messages));
        typeChoice.valueProperty().bindBidirectional(viewModel.typeProperty());
        viewModel.establishedOnUnreadableProperty().bind(DateFields.install(establishedPicker));
        establishedPicker.valueProperty().bindBidirectional(viewModel.establishedOnProperty());
        secretaryChoice.setItems(viewModel.secretaryChoices());
        secretaryChoice.setConverter(Converters.of(m -> m.name() + "  " + IdNumber.mask(m.idNumber())));
        secretaryChoice.valueProperty().bindBidirectional(viewModel.secretaryProperty());
        problemsLabel.textProperty().bind(viewModel.problems().summaryProperty());
        saveButton.disableProperty().bind(viewModel.savingProperty());
        Decorations.bind(viewModel.problems(), Map.of(
                OrganisationField.NAME, nameField,
                OrganisationField.CODE, codeField,
                OrganisationField.TYPE, typeChoice,
                OrganisationField.ESTABLISHED_ON, establishedPicker,
                OrganisationField.SECRETARY, secretaryChoice));
    }

    public void startCreate(Organisation parent, String parentPathName, Consumer<Organisation> onSaved) {
        this.onSaved = onSaved;
        typeChoice.getItems().setAll(OrganisationEditViewModel.allowedTypes(parent));
        viewModel.startCreate(parent, parentPathName);
        secretaryChoice.setDisable(true);
    }

    public void startEdit(Organisation org, String parentPathName, Consumer<Organisation> onSaved) {
        this.onSaved = onSaved;
        viewModel.startEdit(org, parentPathName);
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
