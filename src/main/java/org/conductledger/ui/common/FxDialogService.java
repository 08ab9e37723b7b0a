package org.conductledger.ui.common;

import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import org.conductledger.i18n.Messages;
import org.conductledger.model.LedgerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Alerts in the user's language; unexpected failures are logged in full and shown as a short message. */
public final class FxDialogService implements DialogService {

    private static final Logger LOG = LoggerFactory.getLogger(FxDialogService.class);

    private final Messages messages;
    private final Path logDirectory;
    private final String fontStyle;

    public FxDialogService(Messages messages, Path logDirectory, String fontStyle) {
        this.messages = messages;
        this.logDirectory = logDirectory;
        this.fontStyle = fontStyle;
    }

    @Override
    public void showError(Throwable failure) {
        show(Alert.AlertType.ERROR, describe(failure));
    }

    /** The message a user sees for {@code failure}; never a stack trace. */
    public String describe(Throwable failure) {
        Throwable cause = failure;
        while (cause != null && !(cause instanceof LedgerException) && cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof LedgerException ledger) {
            if (ledger.getCause() != null) {
                LOG.warn("{}", ledger.messageKey(), ledger.getCause());
            }
            return messages.describe(ledger);
        }
        LOG.error("Unexpected failure", failure);
        return messages.get("error.unexpectedWithLog", logDirectory);
    }

    @Override
    public void showInfo(String message) {
        show(Alert.AlertType.INFORMATION, message);
    }

    @Override
    public boolean confirm(String message) {
        ButtonType ok = new ButtonType(messages.get("common.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, ok, cancel);
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(null);
        alert.getDialogPane().setStyle(fontStyle);
        return alert.showAndWait().filter(ok::equals).isPresent();
    }

    @Override
    public java.util.Optional<Boolean> choose(String message, String yes, String no) {
        ButtonType yesButton = new ButtonType(yes, ButtonBar.ButtonData.YES);
        ButtonType noButton = new ButtonType(no, ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, yesButton, noButton, cancel);
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(null);
        alert.getDialogPane().setStyle(fontStyle);
        return alert.showAndWait().filter(b -> b != cancel).map(yesButton::equals);
    }

    @Override
    public ConflictChoice resolveConflict(String message, java.util.List<ConflictRows.Row> rows) {
        ButtonType reload = new ButtonType(messages.get("conflict.reload"), ButtonBar.ButtonData.OTHER);
        ButtonType reapply = new ButtonType(messages.get("conflict.reapply"), ButtonBar.ButtonData.OTHER);
        ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", reload, reapply, cancel);
        alert.setTitle(messages.get("conflict.title"));
        alert.setHeaderText(messages.get("conflict.title"));
        alert.getDialogPane().setContent(new ConflictTable(messages, message, rows));
        alert.getDialogPane().setStyle(fontStyle);
        alert.setResizable(true);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(reload)).setDefaultButton(true);
        return alert.showAndWait().map(b -> b == reload ? ConflictChoice.RELOAD : b == reapply ? ConflictChoice.REAPPLY
                : ConflictChoice.CANCEL).orElse(ConflictChoice.CANCEL);
    }

    @Override
    public boolean confirmCarefully(String message) {
        ButtonType ok = new ButtonType(messages.get("common.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, message, ok, cancel);
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(null);
        alert.getDialogPane().setStyle(fontStyle);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(ok)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        return alert.showAndWait().filter(ok::equals).isPresent();
    }

    private java.util.function.BooleanSupplier locked = () -> false;

    /** Tells the service whether the screen is locked now (set once a session has a lock). */
    public void setLockedCheck(java.util.function.BooleanSupplier locked) {
        this.locked = locked;
    }

    @Override
    public java.util.Optional<Path> chooseXlsxToSave(String initialName) {
        return choose(initialName, new javafx.stage.FileChooser.ExtensionFilter("Excel (*.xlsx)", "*.xlsx"), true);
    }

    @Override
    public java.util.Optional<Path> chooseReportToSave(String initialName, String extension) {
        String label = switch (extension) {
            case "pdf" -> "PDF (*.pdf)";
            case "xlsx" -> "Excel (*.xlsx)";
            default -> extension.toUpperCase(java.util.Locale.ROOT) + " (*." + extension + ")";
        };
        return choose(initialName, new javafx.stage.FileChooser.ExtensionFilter(label, "*." + extension), true);
    }

    @Override
    public java.util.Optional<Path> chooseBackupToSave(String initialName) {
        return choose(initialName, backupFilter(), true);
    }

    @Override
    public java.util.Optional<Path> chooseBackupToOpen() {
        return choose(null, backupFilter(), false);
    }

    @Override
    public java.util.Optional<Path> choosePackageToSave(String initialName) {
        return choose(initialName, packageFilter(), true);
    }

    @Override
    public java.util.Optional<Path> choosePackageToOpen() {
        return choose(null, packageFilter(), false);
    }

    @Override
    public java.util.Optional<Path> chooseKeyCard(String initialName, boolean save) {
        return choose(initialName, new javafx.stage.FileChooser.ExtensionFilter(messages.get("package.keyFilter"), "*.key"), save);
    }

    private javafx.stage.FileChooser.ExtensionFilter packageFilter() {
        return new javafx.stage.FileChooser.ExtensionFilter(messages.get("package.fileFilter"), "*.clp");
    }

    @Override
    public java.util.Optional<String> askText(String message, String initial) {
        javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog(initial == null ? "" : initial);
        dialog.setTitle(messages.get("app.title"));
        dialog.setHeaderText(null);
        dialog.setContentText(message);
        dialog.getDialogPane().setStyle(fontStyle);
        ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(ButtonType.OK)).setText(messages.get("common.ok"));
        ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL)).setText(messages.get("common.cancel"));
        return dialog.showAndWait().map(String::strip).filter(text -> !text.isEmpty());
    }

    @Override
    public java.util.Optional<Path> chooseCertificateToOpen() {
        return choose(null, new javafx.stage.FileChooser.ExtensionFilter(messages.get("connection.certificateFilter"),
                "*.crt", "*.pem", "*.cer"), false);
    }

    private javafx.stage.FileChooser.ExtensionFilter backupFilter() {
        return new javafx.stage.FileChooser.ExtensionFilter(messages.get("backup.fileFilter"), "*.clbak");
    }

    private java.util.Optional<Path> choose(String initialName, javafx.stage.FileChooser.ExtensionFilter filter, boolean save) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(messages.get("app.title"));
        if (initialName != null) {
            chooser.setInitialFileName(initialName);
        }
        chooser.getExtensionFilters().add(filter);
        javafx.stage.Window owner = javafx.stage.Window.getWindows().stream()
                .filter(javafx.stage.Window::isFocused).findFirst().orElse(null);
        java.io.File file = save ? chooser.showSaveDialog(owner) : chooser.showOpenDialog(owner);
        if (locked.getAsBoolean()) {
            // The system's file dialog cannot be hidden by the lock; a choice made behind the lock is ignored.
            return java.util.Optional.empty();
        }
        return java.util.Optional.ofNullable(file).map(java.io.File::toPath);
    }

    @Override
    public java.util.Optional<Path> chooseSpreadsheetToSave(String initialName) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(messages.get("app.title"));
        chooser.setInitialFileName(initialName);
        chooser.getExtensionFilters().addAll(new javafx.stage.FileChooser.ExtensionFilter("Excel (*.xlsx)", "*.xlsx"),
                new javafx.stage.FileChooser.ExtensionFilter("CSV (*.csv)", "*.csv"));
        return unlessLocked(chooser.showSaveDialog(focused()));
    }

    @Override
    public java.util.Optional<Path> chooseSpreadsheetToOpen() {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(messages.get("app.title"));
        chooser.getExtensionFilters().addAll(new javafx.stage.FileChooser.ExtensionFilter("Excel / CSV", "*.xlsx", "*.csv"),
                new javafx.stage.FileChooser.ExtensionFilter("*", "*.*"));
        return unlessLocked(chooser.showOpenDialog(focused()));
    }

    private static javafx.stage.Window focused() {
        return javafx.stage.Window.getWindows().stream().filter(javafx.stage.Window::isFocused).findFirst().orElse(null);
    }

    /** The system's file dialog cannot be hidden by the lock; a choice made behind the lock is ignored. */
    private java.util.Optional<Path> unlessLocked(java.io.File file) {
        return locked.getAsBoolean() ? java.util.Optional.empty() : java.util.Optional.ofNullable(file).map(java.io.File::toPath);
    }

    @Override
    public void notifyDone(String message) {
        javafx.stage.Window owner = javafx.stage.Window.getWindows().stream().filter(javafx.stage.Window::isFocused)
                .findFirst().orElse(null);
        if (owner == null || locked.getAsBoolean()) {
            return;                                // nothing on screen, or hidden by the lock: the status line has it
        }
        org.controlsfx.control.Notifications.create().owner(owner).title(messages.get("app.title")).text(message)
                .hideAfter(javafx.util.Duration.seconds(4)).position(javafx.geometry.Pos.BOTTOM_RIGHT).showInformation();
    }

    private void show(Alert.AlertType type, String message) {
        Alert alert = new Alert(type, message, new ButtonType(messages.get("common.ok"), ButtonBar.ButtonData.OK_DONE));
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(null);
        alert.getDialogPane().setId("alert");
        alert.getDialogPane().setStyle(fontStyle);
        alert.show();
    }
}
