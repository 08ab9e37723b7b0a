package org.conductledger.ui.login;

import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.conductledger.i18n.Messages;
import org.conductledger.model.ConnectionField;
import org.conductledger.model.ConnectionMode;
import org.conductledger.model.ConnectionSettings;
import org.conductledger.model.TlsMode;
import org.conductledger.ui.common.Converters;
import org.conductledger.ui.common.Decorations;

/** Binds connection.fxml to its view model; no logic of its own. */
public final class ConnectionController {

    private final ConnectionViewModel viewModel;
    private final Messages messages;
    private Consumer<ConnectionSettings> onSaved = s -> { };

    @FXML private RadioButton embeddedRadio;
    @FXML private RadioButton serverRadio;
    @FXML private ToggleGroup modeGroup;
    @FXML private Pane serverPane;
    @FXML private TextField hostField;
    @FXML private Label hostProblem;
    @FXML private TextField portField;
    @FXML private Label portProblem;
    @FXML private TextField databaseField;
    @FXML private Label databaseProblem;
    @FXML private TextField userField;
    @FXML private Label userProblem;
    @FXML private PasswordField serverPasswordField;
    @FXML private Label passwordHint;
    @FXML private ChoiceBox<TlsMode> tlsChoice;
    @FXML private Label tlsNote;
    @FXML private TextField rootCertField;
    @FXML private Button rootCertButton;
    @FXML private TextArea urlField;
    @FXML private Label connectionMessage;
    @FXML private Button testButton;
    @FXML private Button saveButton;

    public ConnectionController(ConnectionViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        embeddedRadio.setUserData(ConnectionMode.EMBEDDED);
        serverRadio.setUserData(ConnectionMode.SERVER);
        modeGroup.selectToggle(viewModel.modeProperty().get() == ConnectionMode.SERVER ? serverRadio : embeddedRadio);
        modeGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.modeProperty().set((ConnectionMode) now.getUserData());
            }
        });
        viewModel.modeProperty().addListener((obs, old, now) ->
                modeGroup.selectToggle(now == ConnectionMode.SERVER ? serverRadio : embeddedRadio));
        serverPane.disableProperty().bind(viewModel.serverProperty().not().or(viewModel.loadedProperty().not()));
        embeddedRadio.disableProperty().bind(viewModel.loadedProperty().not());
        serverRadio.disableProperty().bind(viewModel.loadedProperty().not());
        viewModel.loadedProperty().addListener((obs, was, loaded) -> {
            if (loaded) {
                Platform.runLater(() -> (serverRadio.isSelected() ? hostField : embeddedRadio).requestFocus());
            }
        });
        hostField.textProperty().bindBidirectional(viewModel.hostProperty());
        portField.textProperty().bindBidirectional(viewModel.portProperty());
        databaseField.textProperty().bindBidirectional(viewModel.databaseProperty());
        userField.textProperty().bindBidirectional(viewModel.userProperty());
        passwordHint.setText(viewModel.passwordHint());
        tlsChoice.getItems().setAll(TlsMode.values());
        tlsChoice.setConverter(Converters.labelled(messages));
        tlsChoice.valueProperty().bindBidirectional(viewModel.tlsModeProperty());
        tlsNote.textProperty().bind(Bindings.createStringBinding(() -> viewModel.tlsModeProperty().get() == null ? ""
                : messages.get(viewModel.tlsModeProperty().get().noteKey()), viewModel.tlsModeProperty()));
        rootCertField.textProperty().bindBidirectional(viewModel.rootCertificateProperty());
        var noCertificate = Bindings.createBooleanBinding(() -> viewModel.tlsModeProperty().get() == null
                || !viewModel.tlsModeProperty().get().usesRootCertificate(), viewModel.tlsModeProperty());
        rootCertField.disableProperty().bind(noCertificate);
        rootCertButton.disableProperty().bind(noCertificate);
        urlField.textProperty().bind(viewModel.urlProperty());
        bindProblem(hostProblem, ConnectionField.HOST);
        bindProblem(portProblem, ConnectionField.PORT);
        bindProblem(databaseProblem, ConnectionField.DATABASE);
        bindProblem(userProblem, ConnectionField.USER);
        Decorations.bind(viewModel.problems(), Map.of(ConnectionField.HOST, hostField, ConnectionField.PORT, portField,
                ConnectionField.DATABASE, databaseField, ConnectionField.USER, userField));
        connectionMessage.textProperty().bind(viewModel.messageProperty());
        viewModel.succeededProperty().addListener((obs, old, success) -> {
            connectionMessage.getStyleClass().removeAll("problems", "success");
            connectionMessage.getStyleClass().add(success ? "success" : "problems");
        });
        testButton.disableProperty().bind(viewModel.busyProperty().or(viewModel.serverProperty().not()));
        saveButton.disableProperty().bind(viewModel.busyProperty());
    }

    /** The message beside a field: shown (and taking room) only while there is one. */
    private void bindProblem(Label label, ConnectionField field) {
        label.textProperty().bind(Bindings.stringValueAt(viewModel.problems().byField(), field));
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    /** Fills the dialog from the saved settings; {@code onSaved} gets what was saved (the window is closed first). */
    public void start(Consumer<ConnectionSettings> onSaved) {
        this.onSaved = onSaved;
        viewModel.load(stored -> serverPasswordField.setText(new String(stored)));
    }

    @FXML
    private void test() {
        viewModel.test(serverPasswordField.getText().toCharArray());
    }

    @FXML
    private void save() {
        viewModel.save(serverPasswordField.getText().toCharArray(), saved -> {
            close();
            onSaved.accept(saved);
        });
    }

    @FXML
    private void chooseRootCertificate() {
        viewModel.chooseRootCertificate();
    }

    @FXML
    private void close() {
        ((Stage) saveButton.getScene().getWindow()).close();
    }
}
