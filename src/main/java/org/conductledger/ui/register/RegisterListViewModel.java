package org.conductledger.ui.register;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.conductledger.i18n.Messages;
import org.conductledger.model.Organisation;
import org.conductledger.model.RegisterKind;
import org.conductledger.model.RegisterRecord;
import org.conductledger.model.ReportingDeadline;
import org.conductledger.service.RegisterService;
import org.conductledger.ui.common.DialogService;
import org.conductledger.ui.common.OrganisationsModel;
import org.conductledger.ui.common.TaskRunner;

/**
 * One register (or the 待报告/逾期 list, when the kind is null) of the organisation selected in the tree:
 * loaded in the background, filtered in memory as the user types.
 */
public final class RegisterListViewModel {

    private final RegisterService registers;
    private final OrganisationsModel organisations;
    private final Messages messages;
    private final boolean readable;
    private final ObservableList<RegisterRow> rows = FXCollections.observableArrayList();
    private final FilteredList<RegisterRow> filtered = new FilteredList<>(rows, r -> true);
    private final ObjectProperty<RegisterKind> kind = new SimpleObjectProperty<>(RegisterKind.ACCOUNT);
    private final StringProperty filterText = new SimpleStringProperty("");
    private final BooleanProperty includeSubtree = new SimpleBooleanProperty(true);
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper deadlineText = new ReadOnlyStringWrapper("");
    private final org.conductledger.ui.common.LatestOnly loads;
    private int deadlineDays = ReportingDeadline.DEFAULT_DAYS;

    public RegisterListViewModel(RegisterService registers, OrganisationsModel organisations, TaskRunner tasks,
                                 DialogService dialogs, Messages messages, boolean readable) {
        this.registers = registers;
        this.organisations = organisations;
        this.messages = messages;
        this.readable = readable;
        this.loads = new org.conductledger.ui.common.LatestOnly(tasks, dialogs::showError);
        filterText.addListener((obs, o, text) -> filtered.setPredicate(r -> r.matches(text)));
        filtered.addListener((javafx.collections.ListChangeListener<RegisterRow>) c -> updateCount());
        organisations.selectedProperty().addListener((obs, o, org) -> reload());
        kind.addListener((obs, o, k) -> reload());
        includeSubtree.addListener((obs, o, n) -> reload());
    }

    private record Loaded(List<RegisterRow> rows, int deadlineDays) {
    }

    private final org.conductledger.ui.common.ShownGate gate = new org.conductledger.ui.common.ShownGate(this::reload);

    /** Bound to the registers tab being selected: hidden, the register does not load (see ShownGate). */
    public BooleanProperty shownProperty() {
        return gate.shownProperty();
    }

    public void reload() {
        Organisation org = organisations.selectedProperty().get();
        if (org == null || !readable) {
            loads.cancel();
            rows.clear();
            updateCount();
            return;
        }
        if (!gate.mayLoad()) {
            return;
        }
        RegisterKind shown = kind.get();
        boolean subtree = includeSubtree.get();
        loads.run(() -> {
            ReportingDeadline deadline = registers.deadline();
            List<RegisterRecord> records = shown == null ? registers.needingAttention(org.id(), subtree)
                    : registers.list(shown, org.id(), subtree);
            List<RegisterRow> result = new ArrayList<>(records.size());
            for (RegisterRecord r : records) {
                result.add(new RegisterRow(r, registers.timeliness(r, deadline)));
            }
            return new Loaded(result, deadline.days());
        }, loaded -> {
            rows.setAll(loaded.rows());
            deadlineDays = loaded.deadlineDays();
            deadlineText.set(messages.get("register.deadline", loaded.deadlineDays()));
            updateCount();
        });
    }

    private void updateCount() {
        countText.set(messages.get("register.count", rows.size(), filtered.size()));
        placeholderText.set(placeholder());
    }

    private final javafx.beans.property.StringProperty placeholderText = new javafx.beans.property.SimpleStringProperty("");

    /** What the empty table says, kept up to date with the selection and each load. */
    public javafx.beans.property.ReadOnlyStringProperty placeholderTextProperty() {
        return placeholderText;
    }

    public String placeholder() {
        if (!readable) {
            return messages.get("register.notPermitted");
        }
        return messages.get(organisations.selectedProperty().get() == null ? "member.roster.noOrganisation" : "register.empty");
    }

    /** The reporting window as last loaded (the forms mention it without asking the database again). */
    public int deadlineDays() {
        return deadlineDays;
    }

    public Organisation selectedOrganisation() {
        return organisations.selectedProperty().get();
    }

    public FilteredList<RegisterRow> filteredRows() { return filtered; }
    public ObjectProperty<RegisterKind> kindProperty() { return kind; }
    public StringProperty filterTextProperty() { return filterText; }
    public BooleanProperty includeSubtreeProperty() { return includeSubtree; }
    public ReadOnlyStringProperty countTextProperty() { return countText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty deadlineTextProperty() { return deadlineText.getReadOnlyProperty(); }
}
