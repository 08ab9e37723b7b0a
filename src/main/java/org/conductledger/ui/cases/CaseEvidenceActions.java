package org.conductledger.ui.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;
import org.conductledger.i18n.Messages;
import org.conductledger.model.Evidence;
import org.conductledger.service.EvidenceService;
import org.conductledger.ui.common.DialogService;
import org.conductledger.ui.common.TaskRunner;

/**
 * The evidence side of the case screen: adding a file or a web address (with who captured it), previewing,
 * withdrawing with a reason. The file is read and stored in the background; nothing here edits evidence.
 */
public final class CaseEvidenceActions {

    private final EvidenceService cases;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;

    public CaseEvidenceActions(EvidenceService cases, TaskRunner tasks, DialogService dialogs, Messages messages, Clock clock) {
        this.cases = cases;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
    }

    private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneId.systemDefault());

    /** The evidence table's columns: title (with the address), kind, size, capture, SHA-256, state. */
    void configure(TableColumn<Evidence, String> evidenceTitleColumn, TableColumn<Evidence, String> evidenceKindColumn,
                   TableColumn<Evidence, String> evidenceSizeColumn, TableColumn<Evidence, String> evidenceCapturedColumn,
                   TableColumn<Evidence, String> evidenceHashColumn, TableColumn<Evidence, String> evidenceStateColumn) {
        evidenceTitleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().kind() == Evidence.Kind.URL
                && !c.getValue().title().equals(c.getValue().url()) ? c.getValue().title() + "  " + c.getValue().url()
                : c.getValue().title()));
        evidenceKindColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(messages.label(c.getValue().kind())));
        evidenceSizeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().sizeBytes() == null ? ""
                : messages.get("case.evidence.kb", (c.getValue().sizeBytes() + 1023) / 1024)));
        evidenceCapturedColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                TIME.format(c.getValue().capturedAt()) + "  " + c.getValue().capturedBy()));
        evidenceHashColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().sha256() == null ? "" : c.getValue().sha256()));
        evidenceStateColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().withdrawn()
                ? messages.get("case.evidence.withdrawn", c.getValue().withdrawReason()) : messages.get("case.evidence.valid")));
        evidenceTitleColumn.setCellFactory(column -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip(item));
            }
        });
    }

    void addFile(long caseId, Window owner, Runnable changed, Consumer<Throwable> fail) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(messages.get("case.evidence.addFile"));
        java.io.File file = chooser.showOpenDialog(owner);
        if (file == null) {
            return;
        }
        String by = capturedBy(owner);
        if (by == null) {
            return;
        }
        tasks.run(() -> {
            try (var in = java.nio.file.Files.newInputStream(file.toPath())) {
                return cases.addFile(caseId, file.getName(), in, Instant.now(clock), by);
            }
        }, added -> changed.run(), fail);
    }

    void addUrl(long caseId, Window owner, Runnable changed, Consumer<Throwable> fail) {
        TextInputDialog ask = new TextInputDialog("https://");
        ask.initOwner(owner);
        ask.setTitle(messages.get("case.evidence.addUrl"));
        ask.setHeaderText(messages.get("case.evidence.urlHeader"));
        Optional<String> url = ask.showAndWait();
        if (url.isEmpty()) {
            return;
        }
        String by = capturedBy(owner);
        if (by == null) {
            return;
        }
        tasks.run(() -> cases.addUrl(caseId, null, url.get(), Instant.now(clock), by), added -> changed.run(), fail);
    }

    /** Who captured the evidence (asked each time; the logged-in user by default). */
    private String capturedBy(Window owner) {
        TextInputDialog ask = new TextInputDialog();
        ask.initOwner(owner);
        ask.setTitle(messages.get("case.evidence.capturedBy"));
        ask.setHeaderText(messages.get("case.evidence.capturedByHeader"));
        return ask.showAndWait().filter(s -> !s.isBlank()).orElse(null);
    }

    /** Images show here; other files open with the system viewer from a temporary copy. */
    void preview(long caseId, Evidence e, Window owner, Consumer<Throwable> fail) {
        if (e.kind() == Evidence.Kind.URL) {
            dialogs.showInfo(messages.get("case.evidence.urlInfo", e.url()));
            return;
        }
        tasks.run(() -> cases.evidenceContent(caseId, e.id()), bytes -> {
            if (e.isImage()) {
                javafx.scene.image.ImageView view = new javafx.scene.image.ImageView(
                        new javafx.scene.image.Image(new java.io.ByteArrayInputStream(bytes)));
                view.setPreserveRatio(true);
                view.setFitWidth(800);
                javafx.stage.Stage stage = new javafx.stage.Stage();
                stage.initOwner(owner);
                stage.setTitle(e.title());
                stage.setScene(new javafx.scene.Scene(new javafx.scene.control.ScrollPane(view), 820, 600));
                stage.show();
            } else {
                tasks.run(() -> {
                    java.nio.file.Path copy = java.nio.file.Files.createTempFile("evidence-", "-" + e.title());
                    java.nio.file.Files.write(copy, bytes);
                    copy.toFile().deleteOnExit();
                    if (java.awt.Desktop.isDesktopSupported()) {
                        java.awt.Desktop.getDesktop().open(copy.toFile());
                    }
                    return null;
                }, ok -> { }, fail);
            }
        }, fail);
    }

    void withdraw(long caseId, Evidence e, Window owner, Runnable changed, Consumer<Throwable> fail) {
        TextInputDialog ask = new TextInputDialog();
        ask.initOwner(owner);
        ask.setTitle(messages.get("case.evidence.withdraw"));
        ask.setHeaderText(messages.get("case.evidence.withdrawHeader", e.title()));
        ask.showAndWait().ifPresent(reason -> tasks.run(() -> {
            cases.withdrawEvidence(caseId, e.id(), reason);
            return null;
        }, ok -> changed.run(), fail));
    }
}
