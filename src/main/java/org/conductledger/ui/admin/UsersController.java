package org.conductledger.ui.admin;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import org.conductledger.i18n.Messages;
import org.conductledger.model.Organisation;
import org.conductledger.model.Role;
import org.conductledger.model.UserAccount;
import org.conductledger.ui.common.Converters;
import org.conductledger.ui.common.OrganisationsModel;
import org.controlsfx.control.SearchableComboBox;

/** Binds users.fxml. */
public final class UsersController {

    private final UsersViewModel viewModel;
    private final OrganisationsModel organisations;
    private final Messages messages;

    @FXML private TableView<UserAccount> userTable;
    @FXML private TableColumn<UserAccount, String> usernameColumn;
    @FXML private TableColumn<UserAccount, String> fullNameColumn;
    @FXML private TableColumn<UserAccount, String> orgColumn;
    @FXML private TableColumn<UserAccount, String> rolesColumn;
    @FXML private TableColumn<UserAccount, String> stateColumn;
    @FXML private TextField usernameField;
    @FXML private TextField fullNameField;
    @FXML private SearchableComboBox<Organisation> orgChoice;
    @FXML private FlowPane rolesPane;
    @FXML private PasswordField passwordField;
    @FXML private PasswordField repeatField;
    @FXML private Label messageLabel;
    @FXML private Button disableButton;
    @FXML private Button resetButton;

    public UsersController(UsersViewModel viewModel, OrganisationsModel organisations, Messages messages) {
        this.viewModel = viewModel;
        this.organisations = organisations;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        userTable.setItems(viewModel.accounts());
        usernameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().username()));
        fullNameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().fullName()));
        orgColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().orgName()));
        rolesColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(viewModel.describeRoles(c.getValue())));
        stateColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(messages.get(
                !c.getValue().active() ? "users.state.disabled" : c.getValue().mustChangePassword() ? "users.state.mustChange" : "users.state.active")));
        usernameField.textProperty().bindBidirectional(viewModel.usernameProperty());
        fullNameField.textProperty().bindBidirectional(viewModel.fullNameProperty());
        orgChoice.setItems(organisations.all().filtered(Organisation::active));
        orgChoice.setConverter(Converters.of(organisations::pathName));
        orgChoice.valueProperty().bindBidirectional(viewModel.organisationProperty());
        for (Role role : Role.values()) {
            CheckBox box = new CheckBox(messages.label(role));
            box.setId("role" + role.name());
            box.selectedProperty().addListener((obs, was, on) -> viewModel.setRole(role, on));
            rolesPane.getChildren().add(box);
        }
        messageLabel.textProperty().bind(viewModel.messageProperty());
        var none = userTable.getSelectionModel().selectedItemProperty().isNull();
        disableButton.disableProperty().bind(none);
        resetButton.disableProperty().bind(none);
        viewModel.reload();
    }

    @FXML
    private void create() {
        viewModel.create(passwordField.getText().toCharArray(), repeatField.getText().toCharArray(), this::clearPasswords);
    }

    @FXML
    private void resetPassword() {
        UserAccount user = userTable.getSelectionModel().getSelectedItem();
        if (user != null) {
            viewModel.resetPassword(user, passwordField.getText().toCharArray(), repeatField.getText().toCharArray(),
                    this::clearPasswords);
        }
    }

    @FXML
    private void disable() {
        UserAccount user = userTable.getSelectionModel().getSelectedItem();
        if (user != null) {
            viewModel.disable(user);
        }
    }

    private void clearPasswords() {
        passwordField.clear();
        repeatField.clear();
    }
}
