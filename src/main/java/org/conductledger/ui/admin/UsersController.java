package org.conductledger.ui.admin;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
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
    @FXML private TitledPane formPane;
    @FXML private TextField usernameField;
    @FXML private TextField fullNameField;
    @FXML private SearchableComboBox<Organisation> orgChoice;
    @FXML private FlowPane rolesPane;
    @FXML private Label passwordLabel;
    @FXML private PasswordField passwordField;
    @FXML private Label repeatLabel;
    @FXML private PasswordField repeatField;
    @FXML private Label messageLabel;
    @FXML private Button editUserButton;
    @FXML private Button disableButton;
    @FXML private Button resetButton;
    @FXML private Button unlockButton;
    @FXML private Button saveButton;

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
        orgColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(organisations.byId(c.getValue().orgId())
                .map(organisations::pathName).orElse(c.getValue().orgName())));
        rolesColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(viewModel.describeRoles(c.getValue())));
        stateColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(viewModel.describeState(c.getValue())));
        usernameField.textProperty().bindBidirectional(viewModel.usernameProperty());
        fullNameField.textProperty().bindBidirectional(viewModel.fullNameProperty());
        orgChoice.setItems(organisations.all().filtered(Organisation::active));
        orgChoice.setConverter(Converters.of(organisations::pathName));
        orgChoice.valueProperty().bindBidirectional(viewModel.organisationProperty());
        for (Role role : Role.values()) {
            CheckBox box = new CheckBox(messages.label(role));
            box.setId("role" + role.name());
            box.selectedProperty().bindBidirectional(viewModel.roleProperty(role));
            rolesPane.getChildren().add(box);
        }
        messageLabel.textProperty().bind(viewModel.messageProperty());
        viewModel.messageIsProblemProperty().addListener((obs, was, problem) -> styleMessage(problem));
        styleMessage(false);

        var selected = userTable.getSelectionModel().selectedItemProperty();
        BooleanBinding none = selected.isNull();
        editUserButton.disableProperty().bind(none.or(Bindings.createBooleanBinding(
                () -> selected.get() != null && !selected.get().active(), selected)));
        resetButton.disableProperty().bind(none);
        resetButton.textProperty().bind(Bindings.createStringBinding(() -> messages.get(
                selected.get() != null && !selected.get().active() ? "users.resetAndEnable" : "users.resetSelected"), selected));
        unlockButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !viewModel.isLockedOut(selected.get()), selected, viewModel.lockedOutProperty()));
        disableButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selected.get() == null || !selected.get().active() || viewModel.isSelf(selected.get()), selected));

        selected.addListener((obs, old, now) -> {
            UserAccount editing = viewModel.editingProperty().get();
            if (editing != null && now != null && now.id() != editing.id()) {
                newUser();      // never save one user's form onto another
            }
        });
        var creating = viewModel.editingProperty().isNull();
        usernameField.editableProperty().bind(creating);
        for (var node : new javafx.scene.Node[] {passwordLabel, passwordField, repeatLabel, repeatField}) {
            node.visibleProperty().bind(creating);
            node.managedProperty().bind(creating);
        }
        formPane.textProperty().bind(Bindings.createStringBinding(() -> viewModel.editingProperty().get() == null
                ? messages.get("users.newTitle")
                : messages.get("users.editTitle", viewModel.editingProperty().get().username()), viewModel.editingProperty()));
        saveButton.textProperty().bind(Bindings.when(creating).then(messages.get("users.create")).otherwise(messages.get("common.save")));
        viewModel.reload();
    }

    private void styleMessage(boolean problem) {
        messageLabel.getStyleClass().removeAll("problems", "success");
        messageLabel.getStyleClass().add(problem ? "problems" : "success");
    }

    private UserAccount selected() {
        return userTable.getSelectionModel().getSelectedItem();
    }

    @FXML
    private void newUser() {
        viewModel.startNew();
        clearPasswords();
        usernameField.requestFocus();
    }

    @FXML
    private void edit() {
        if (selected() != null) {
            viewModel.startEdit(selected(), id -> organisations.byId(id).orElse(null));
            fullNameField.requestFocus();
        }
    }

    @FXML
    private void save() {
        viewModel.save(passwordField.getText().toCharArray(), repeatField.getText().toCharArray(), this::clearPasswords);
    }

    @FXML
    private void resetPassword() {
        UserAccount user = selected();
        if (user != null) {
            askNewPassword(user).ifPresent(pair -> viewModel.resetPassword(user, pair[0], pair[1]));
        }
    }

    @FXML
    private void unlockAccount() {
        if (selected() != null) {
            viewModel.unlockAccount(selected());
        }
    }

    @FXML
    private void disable() {
        if (selected() != null) {
            viewModel.disable(selected());
        }
    }

    @FXML
    private void close() {
        userTable.getScene().getWindow().hide();
    }

    /** Asks for the new password twice; it says whose password is reset, so it is its own confirmation. */
    private Optional<char[][]> askNewPassword(UserAccount user) {
        PasswordField first = new PasswordField();
        first.setId("resetPasswordField");
        first.setPromptText(messages.get("firstRun.passwordPrompt"));
        PasswordField second = new PasswordField();
        second.setId("resetRepeatField");
        Dialog<char[][]> dialog = new Dialog<>();
        dialog.initOwner(userTable.getScene().getWindow());
        dialog.setTitle(messages.get("users.resetTitle"));
        dialog.setHeaderText(messages.get(user.active() ? "users.resetHeader" : "users.resetEnableHeader",
                user.username(), user.fullName()));
        ButtonType ok = new ButtonType(messages.get("users.resetSubmit"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setContent(new VBox(6, new Label(messages.get("users.newPassword")), first,
                new Label(messages.get("enum.UserField.PASSWORD_REPEAT")), second));
        dialog.getDialogPane().setStyle(userTable.getScene().getRoot().getStyle());
        dialog.getDialogPane().getStylesheets().addAll(userTable.getScene().getStylesheets());
        Label problem = new Label();
        problem.getStyleClass().add("problems");
        problem.setWrapText(true);
        problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        ((VBox) dialog.getDialogPane().getContent()).getChildren().add(problem);
        // A weak or mistyped password is explained here and the dialog stays open with what was typed.
        dialog.getDialogPane().lookupButton(ok).addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            var problems = org.conductledger.model.UserRules.checkNewPassword(user.username(),
                    first.getText().toCharArray(), second.getText().toCharArray());
            if (!problems.isEmpty()) {
                problem.setText(String.join("\n", problems.stream().map(messages::describe).toList()));
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
                event.consume();
            }
        });
        dialog.setResultConverter(button -> button == ok
                ? new char[][] {first.getText().toCharArray(), second.getText().toCharArray()} : null);
        javafx.application.Platform.runLater(first::requestFocus);
        return dialog.showAndWait();
    }

    private void clearPasswords() {
        passwordField.clear();
        repeatField.clear();
    }
}
