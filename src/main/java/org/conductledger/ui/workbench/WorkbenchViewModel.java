package org.conductledger.ui.workbench;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.transformation.FilteredList;
import org.conductledger.i18n.Messages;
import org.conductledger.model.AnnualReview;
import org.conductledger.model.BackupState;
import org.conductledger.model.Labelled;
import org.conductledger.model.ReviewCounts;
import org.conductledger.model.Todo;
import org.conductledger.model.TodoKind;
import org.conductledger.model.Urgency;
import org.conductledger.service.AuditVerification;
import org.conductledger.service.WorkbenchService;
import org.conductledger.ui.common.DialogService;
import org.conductledger.ui.common.LatestOnly;
import org.conductledger.ui.common.TaskRunner;

/**
 * The 工作台's state: the to-dos (all, and as filtered by a kind), the counts per kind, the backup and audit lines
 * and this year's key numbers — each loaded in the background, the to-dos first.
 */
public final class WorkbenchViewModel {

    /** One of this year's key numbers. */
    public record Figure(String label, long value) {
    }

    /** The audit line: its text and whether the chain is intact (null while unknown). */
    public record AuditLine(String text, Boolean intact) {
    }

    private record Loaded(List<Todo> todos, BackupState backups) {
    }

    private final WorkbenchService service;
    private final Messages messages;
    private final Clock clock;
    private final LatestOnly todoLoads;
    private final LatestOnly figureLoads;
    private final LatestOnly auditLoads;
    private final ObservableList<Todo> all = FXCollections.observableArrayList();
    private final FilteredList<Todo> shown = new FilteredList<>(all);
    private final ObjectProperty<TodoKind> filter = new SimpleObjectProperty<>();
    private final ObservableMap<TodoKind, Integer> counts = FXCollections.observableMap(new EnumMap<>(TodoKind.class));
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final StringProperty lastBackup = new SimpleStringProperty("");
    private final StringProperty nextBackup = new SimpleStringProperty("");
    private final ObjectProperty<AuditLine> audit = new SimpleObjectProperty<>();
    private final ObjectProperty<List<Figure>> figures = new SimpleObjectProperty<>(List.of());
    private final StringProperty figuresTitle = new SimpleStringProperty("");

    public WorkbenchViewModel(WorkbenchService service, TaskRunner tasks, DialogService dialogs, Messages messages, Clock clock) {
        this.service = service;
        this.messages = messages;
        this.clock = clock;
        this.todoLoads = new LatestOnly(tasks, failure -> {
            loading.set(false);
            dialogs.showError(failure);
        });
        this.figureLoads = new LatestOnly(tasks, dialogs::showError);
        this.auditLoads = new LatestOnly(tasks, failure -> audit.set(new AuditLine(messages.get("workbench.audit.failed"), false)));
        for (TodoKind kind : TodoKind.values()) {
            counts.put(kind, 0);
        }
        filter.addListener((obs, o, kind) -> shown.setPredicate(kind == null ? null : t -> t.kind() == kind));
    }

    /** Loads everything again: the to-dos and backups, then the key numbers, then the audit chain (刷新, F5). */
    public void refresh() {
        refreshTodos();
        if (service.mayCompileFigures()) {
            figureLoads.run(service::keyFigures, review -> review.ifPresent(this::showFigures));
        }
        if (service.mayVerifyAudit()) {
            audit.set(new AuditLine(messages.get("workbench.audit.checking"), null));
            auditLoads.run(service::auditChain, v -> v.ifPresent(this::showAudit));
        }
    }

    /**
     * Loads the to-dos and backups only (back on the tab, after a change in an opened record): the key numbers and
     * the audit chain walk much more of the ledger and would hold up the one worker thread.
     */
    public void refreshTodos() {
        loading.set(true);
        todoLoads.run(() -> new Loaded(service.todos(), service.backups()), loaded -> {
            all.setAll(loaded.todos());
            counts.putAll(Todo.counts(loaded.todos()));
            if (loaded.backups().byServer()) {
                lastBackup.set(messages.get("workbench.backup.byServer"));
                nextBackup.set("");
            } else {
                lastBackup.set(loaded.backups().lastDaily() == null ? messages.get("workbench.backup.none")
                        : messages.get("workbench.backup.last", loaded.backups().lastDaily()));
                nextBackup.set(messages.get("workbench.backup.next", loaded.backups().nextDaily()));
            }
            loading.set(false);
        });
    }

    private void showFigures(AnnualReview review) {
        ReviewCounts c = review.totals();
        long outcomes = c.outcomesByType().values().stream().mapToLong(Long::longValue).sum();
        figuresTitle.set(messages.get("workbench.figures.title", String.valueOf(review.year()), review.orgName()));
        figures.set(List.of(
                new Figure(messages.get("workbench.figure.members"), c.members()),
                new Figure(messages.get("workbench.figure.accounts"), c.accountsActiveYearEnd()),
                new Figure(messages.get("workbench.figure.groups"), c.groupsActiveYearEnd()),
                new Figure(messages.get("workbench.figure.filings"), c.filingsActiveYearEnd()),
                new Figure(messages.get("workbench.figure.reports"), c.reportsReceived()),
                new Figure(messages.get("workbench.figure.casesOpened"), c.casesOpened()),
                new Figure(messages.get("workbench.figure.casesClosed"), c.casesClosed()),
                new Figure(messages.get("workbench.figure.outcomes"), outcomes),
                new Figure(messages.get("workbench.figure.lateReports"), c.lateReports())));
    }

    private void showAudit(AuditVerification v) {
        audit.set(v.intact() ? new AuditLine(messages.get("workbench.audit.intact", v.checked()), true)
                : new AuditLine(messages.get("workbench.audit.broken", v.brokenAtSeq(), messages.get(v.problemKey())), false));
    }

    /** The kinds this user may have (the count buttons). */
    public Set<TodoKind> kinds() {
        return service.kinds();
    }

    public boolean showsFigures() {
        return service.mayCompileFigures();
    }

    public boolean showsAudit() {
        return service.mayVerifyAudit();
    }

    /** What an item is, in words. */
    public String text(Todo t) {
        Object[] args = t.textArgs().stream().map(a -> a instanceof Labelled l ? messages.label(l) : a).toArray();
        return messages.get(t.textKey(), args);
    }

    public String kind(Todo t) {
        return messages.label(t.kind());
    }

    public String due(Todo t) {
        return t.dueOn() == null ? messages.get("workbench.due.none") : t.dueOn().toString();
    }

    /** 逾期 / 即将到期 in words, with the days. */
    public String status(Todo t) {
        if (t.dueOn() == null) {
            return messages.label(t.urgency());
        }
        long days = Urgency.daysLeft(t.dueOn(), LocalDate.now(clock));
        boolean impact = t.kind() == TodoKind.IMPACT_ENDING;
        if (t.urgency() == Urgency.OVERDUE) {
            return messages.get("workbench.status.overdue", -days);
        }
        if (days == 0) {
            return messages.get(impact ? "workbench.status.endsToday" : "workbench.status.today");
        }
        return messages.get(impact ? "workbench.status.ends" : "workbench.status.left", days);
    }

    /** The text when the list is empty: loading, nothing of this kind, nothing at all, or nothing this role has. */
    public String emptyText() {
        if (loading.get()) {
            return messages.get("workbench.loading");
        }
        if (kinds().isEmpty()) {
            return messages.get("workbench.empty.role");
        }
        return messages.get(filter.get() == null ? "workbench.empty" : "workbench.empty.kind");
    }

    public ObservableList<Todo> shown() {
        return shown;
    }

    public ObservableList<Todo> all() {
        return all;
    }

    public ObjectProperty<TodoKind> filterProperty() {
        return filter;
    }

    public ObservableMap<TodoKind, Integer> counts() {
        return counts;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public StringProperty lastBackupProperty() {
        return lastBackup;
    }

    public StringProperty nextBackupProperty() {
        return nextBackup;
    }

    public ObjectProperty<AuditLine> auditProperty() {
        return audit;
    }

    public ObjectProperty<List<Figure>> figuresProperty() {
        return figures;
    }

    public StringProperty figuresTitleProperty() {
        return figuresTitle;
    }
}
