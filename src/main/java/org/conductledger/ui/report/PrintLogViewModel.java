package org.conductledger.ui.report;

import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.conductledger.i18n.Messages;
import org.conductledger.model.PrintLogEntry;
import org.conductledger.service.PrintLogService;
import org.conductledger.ui.common.DialogService;
import org.conductledger.ui.common.TaskRunner;

/**
 * The print log (打印登记) for 组织部门 and 审计 users: the entries of a period, newest first, read in the
 * background. Needs no organisation tree (the 审计 role has none): the entries carry their organisations' names.
 */
public final class PrintLogViewModel {

    /** The list's name when exported: the print log then names it {@code LIST_PRINT_LOG}. */
    static final String EXPORT_WHAT = "print_log";

    private final PrintLogService printLog;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final ObservableList<PrintLogEntry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private ObservableBooleanValue unreadableDates = new SimpleBooleanProperty(false);

    public PrintLogViewModel(PrintLogService printLog, TaskRunner tasks, DialogService dialogs, Messages messages) {
        this.printLog = printLog;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** The date fields tell when their text is no date: such a search is refused, not run unfiltered. */
    public void setUnreadableDates(ObservableBooleanValue unreadable) {
        this.unreadableDates = unreadable;
    }

    /** 刷新: the entries of the period (both ends inclusive, either may be empty). */
    public void search() {
        if (unreadableDates.get()) {
            entries.clear();
            status.set(messages.get("printLog.badDate"));
            return;
        }
        LocalDate start = from.get();
        LocalDate end = to.get();
        if (start != null && end != null && end.isBefore(start)) {
            entries.clear();
            status.set(messages.get("printLog.badRange", start.toString(), end.toString()));
            return;
        }
        status.set(messages.get("printLog.loading"));
        tasks.run(() -> printLog.find(start, end), found -> {
            entries.setAll(found);
            status.set(messages.get(found.size() >= PrintLogService.LIMIT ? "printLog.countLimited" : "printLog.count",
                    found.size()));
        }, failure -> {
            status.set("");
            dialogs.showError(failure);
        });
    }

    public ObservableList<PrintLogEntry> entries() { return entries; }
    public ObjectProperty<LocalDate> fromProperty() { return from; }
    public ObjectProperty<LocalDate> toProperty() { return to; }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
}
