package org.conductledger.ui.admin;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.conductledger.i18n.Messages;
import org.conductledger.model.AuditAction;
import org.conductledger.model.AuditEntry;
import org.conductledger.service.AuditService;
import org.conductledger.service.AuditVerification;
import org.conductledger.ui.common.DialogService;
import org.conductledger.ui.common.TaskRunner;

/** The audit viewer for the 审计 role: filter, verify the chain, export to .xlsx (itself audited). */
public final class AuditLogViewModel {

    static final int LIMIT = 5_000;
    /** The object types audit entries name (the viewer's object filter). */
    static final java.util.List<String> OBJECT_TYPES = java.util.List.of("member", "organisation", "user", "policy", "permission", "audit_entry");

    private final AuditService audit;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final ObservableList<AuditEntry> entries = FXCollections.observableArrayList();
    private final StringProperty username = new SimpleStringProperty("");
    private final ObjectProperty<AuditAction> action = new SimpleObjectProperty<>();
    private final ObjectProperty<String> objectType = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty exported = new SimpleStringProperty("");

    public AuditLogViewModel(AuditService audit, TaskRunner tasks, DialogService dialogs, Messages messages) {
        this.audit = audit;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    org.conductledger.model.AuditFilter filter() {
        ZoneId zone = ZoneId.systemDefault();
        return new org.conductledger.model.AuditFilter(username.get(), action.get(), objectType.get(),
                from.get() == null ? null : from.get().atStartOfDay(zone).toInstant(),
                to.get() == null ? null : to.get().plusDays(1).atStartOfDay(zone).toInstant(), LIMIT);
    }

    private javafx.beans.value.ObservableBooleanValue unreadableDates = new javafx.beans.property.SimpleBooleanProperty(false);

    /** The date fields tell when their text is not a date: such a search is refused, not run unfiltered. */
    public void setUnreadableDates(javafx.beans.value.ObservableBooleanValue unreadable) {
        this.unreadableDates = unreadable;
    }

    public void search() {
        if (unreadableDates.get()) {
            entries.clear();
            status.set(messages.get("audit.view.badDate"));
            return;
        }
        if (from.get() != null && to.get() != null && from.get().isAfter(to.get())) {
            entries.clear();
            status.set(messages.get("audit.view.badRange"));
            return;
        }
        org.conductledger.model.AuditFilter filter = filter();
        tasks.run(() -> audit.find(filter), found -> {
            entries.setAll(found);
            String count = messages.get(found.size() >= LIMIT ? "audit.view.countLimited" : "audit.view.count", found.size());
            status.set(exported.get().isEmpty() ? count : count + "　" + exported.get());
            exported.set("");
        }, dialogs::showError);
    }

    public void verify() {
        tasks.run(audit::verify, (AuditVerification result) -> status.set(result.intact()
                ? messages.get("cli.audit.intact", result.checked())
                : messages.get("cli.audit.broken", result.brokenAtSeq(), messages.get(result.problemKey()), result.checked())),
                dialogs::showError);
    }

    public void export() {
        org.conductledger.model.AuditFilter filter = filter();
        dialogs.chooseXlsxToSave(messages.get("audit.view.exportName", LocalDate.now())).ifPresent(target ->
                tasks.run(() -> write(filter, target), count -> {
                    search();    // the export's own entry appears at the top
                    exported.set(messages.get("audit.view.exported", count, target));
                }, dialogs::showError));
    }

    /** Writes to a temporary file first: a failed export never leaves half a workbook under the chosen name. */
    private int write(org.conductledger.model.AuditFilter filter, Path target) throws Exception {
        Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), "audit", ".xlsx.tmp");
        try {
            int count;
            try (OutputStream out = Files.newOutputStream(temp)) {
                count = audit.export(filter, out, new org.conductledger.i18n.AuditWording(messages));
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            return count;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    public ObservableList<AuditEntry> entries() { return entries; }
    public StringProperty usernameProperty() { return username; }
    public ObjectProperty<AuditAction> actionProperty() { return action; }
    public ObjectProperty<String> objectTypeProperty() { return objectType; }
    public ObjectProperty<LocalDate> fromProperty() { return from; }
    public ObjectProperty<LocalDate> toProperty() { return to; }
    public StringProperty statusProperty() { return status; }
}
