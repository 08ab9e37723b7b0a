package org.conductledger.ui.exchange;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.stage.Window;
import org.conductledger.exchange.Exporter;
import org.conductledger.exchange.TableData;
import org.conductledger.i18n.Messages;
import org.conductledger.model.ImportKind;
import org.conductledger.model.Organisation;
import org.conductledger.model.RegisterKind;
import org.conductledger.model.RegisterRecord;
import org.conductledger.ui.common.DialogService;
import org.conductledger.ui.common.DialogWindows;
import org.conductledger.ui.common.FxmlView;
import org.conductledger.ui.common.TaskRunner;

/**
 * Opens the import dialog and exports the roster and the registers as shown (their filter) to .xlsx or CSV;
 * full ID numbers only when the user may and says so (the export is audited either way).
 */
public final class ExchangeActions {

    private final DialogWindows windows;
    private final Exporter exporter;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;

    public ExchangeActions(DialogWindows windows, Exporter exporter, TaskRunner tasks, DialogService dialogs, Messages messages) {
        this.windows = windows;
        this.exporter = exporter;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** Opens the import dialog; {@code onImported} is told which kind was imported (the dialog lets the user change it). */
    public void importInto(ImportKind kind, Organisation within, Window owner, java.util.function.Consumer<ImportKind> onImported) {
        if (within == null) {
            dialogs.showInfo(messages.get("import.chooseOrganisation"));
            return;
        }
        windows.<ImportController>open(FxmlView.IMPORT, messages.get("import.title"), owner, c -> c.start(kind, within, onImported));
    }

    public void exportMembers(List<Long> memberIds, String orgName) {
        askFullIds().ifPresent(full -> chooseTarget(messages.label(ImportKind.MEMBERS), orgName).ifPresent(target -> {
            tasks.run(() -> exporter.members(memberIds, full, target, "org: " + orgName),
                    rows -> dialogs.showInfo(messages.get("export.done", rows, target)), dialogs::showError);
        }));
    }

    public void exportRegister(RegisterKind kind, List<RegisterRecord> records, String orgName) {
        askFullIds().ifPresent(full -> chooseTarget(messages.label(kind), orgName).ifPresent(target -> {
            tasks.run(() -> exporter.register(kind, records, full, target, "org: " + orgName + "; shown rows"),
                    rows -> dialogs.showInfo(messages.get("export.done", rows, target)), dialogs::showError);
        }));
    }

    /**
     * Any list as shown — its visible columns, its filtered rows — to .xlsx or CSV (dates typed); for lists
     * with no ID numbers (the case list never shows reporters).
     */
    public void exportTable(javafx.scene.control.TableView<?> table, String listName, String what) {
        TableData data = ShownTable.of(table, listName);
        dialogs.chooseSpreadsheetToSave(messages.get("export.listName", listName, LocalDate.now())).ifPresent(target -> tasks.run(() -> exporter.table(data, target, what),
                rows -> dialogs.showInfo(messages.get("export.done", rows, target)), dialogs::showError));
    }

    private java.util.Optional<Path> chooseTarget(String what, String orgName) {
        return dialogs.chooseSpreadsheetToSave(messages.get("export.fileName", orgName, what, LocalDate.now()));
    }

    /** Masked (false) or full (true) ID numbers; asked only of users who may export full ones; empty: cancelled. */
    private java.util.Optional<Boolean> askFullIds() {
        if (!exporter.mayExportFullIds()) {
            return java.util.Optional.of(false);
        }
        return dialogs.choose(messages.get("export.fullIds"), messages.get("export.full"), messages.get("export.masked"));
    }
}
