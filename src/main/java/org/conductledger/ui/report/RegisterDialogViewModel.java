package org.conductledger.ui.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import org.conductledger.i18n.Messages;
import org.conductledger.model.Organisation;
import org.conductledger.model.RegisterPeriod;
import org.conductledger.report.registers.RegisterDocument;
import org.conductledger.report.registers.RegisterReports;
import org.conductledger.report.registers.RegisterType;
import org.conductledger.service.RegisterReportService;
import org.conductledger.ui.common.DialogService;
import org.conductledger.ui.common.TaskRunner;

/**
 * The 台账 dialog's state: which register, of which organisation's subtree, over which period; the register
 * built in the background (its rows shown, its count said) and handed to the preview or written as .xlsx or
 * PDF — each file and print logged by {@link RegisterReports}. A reversed or unreadable period is refused
 * before anything is read.
 */
public final class RegisterDialogViewModel {

    /** A register built for a choice; {@code reports} is the session's instance that built it. */
    public record Built(Choice choice, RegisterReports reports, RegisterDocument document) {
    }

    /** What the user chose; a built register is reused while the choice stays the same. */
    record Choice(RegisterType type, long orgId, RegisterPeriod period) {
    }

    private final RegisterReportService reads;
    private final Supplier<RegisterReports> reports;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;

    private final ObjectProperty<RegisterType> type = new SimpleObjectProperty<>(RegisterType.ACCOUNTS);
    private final ObjectProperty<Organisation> organisation = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private ObservableBooleanValue unreadableDates = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper periodProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Built> built = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public RegisterDialogViewModel(RegisterReportService reads, Supplier<RegisterReports> reports, TaskRunner tasks,
                                   DialogService dialogs, Messages messages) {
        this.reads = reads;
        this.reports = reports;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        for (var input : java.util.List.of(type, organisation, from, to)) {
            input.addListener((obs, old, now) -> checkPeriod());
        }
    }

    /** The date fields tell when their text is no date: the period is then refused, not read as open. */
    public void setUnreadableDates(ObservableBooleanValue unreadable) {
        this.unreadableDates = unreadable;
        unreadable.addListener((obs, was, is) -> checkPeriod());
    }

    /** Whether the session may read the register of {@code kind} (the service's own check). */
    public boolean mayRead(RegisterType kind) {
        return switch (kind) {
            case ACCOUNTS, GROUPS, FILINGS -> reads.mayReadRecords();
            case CASES -> reads.mayReadCases();
            case OUTCOMES -> reads.mayReadOutcomes();
            case COMMENDATIONS -> reads.mayReadCommendations();
        };
    }

    /** The register's name, e.g. 以职务身份注册账号台账. */
    public String name(RegisterType kind) {
        return messages.get(PrintDocumentNames.registerKey(kind));
    }

    /** Says what is wrong with the period next to the date fields; true when it is fine. */
    private boolean checkPeriod() {
        Built current = built.get();
        if (current != null && !current.choice().equals(choiceOrNull())) {
            built.set(null);
        }
        if (unreadableDates.get()) {
            periodProblem.set(messages.get("registerDialog.badDate"));
            return false;
        }
        if (from.get() != null && to.get() != null && to.get().isBefore(from.get())) {
            periodProblem.set(messages.get("registerDialog.periodReversed", from.get().toString(), to.get().toString()));
            return false;
        }
        periodProblem.set("");
        return true;
    }

    private Choice choiceOrNull() {
        if (type.get() == null || organisation.get() == null || unreadableDates.get()
                || (from.get() != null && to.get() != null && to.get().isBefore(from.get()))) {
            return null;
        }
        return new Choice(type.get(), organisation.get().id(), new RegisterPeriod(from.get(), to.get()));
    }

    /** The choice if it can be built; otherwise says why (next to the field, or in the status line) and is empty. */
    private Optional<Choice> choice() {
        if (!checkPeriod()) {
            status.set(messages.get("registerDialog.fixPeriod"));
            return Optional.empty();
        }
        if (type.get() == null) {
            status.set(messages.get("registerDialog.pickType"));
            return Optional.empty();
        }
        if (organisation.get() == null) {
            status.set(messages.get("registerDialog.pickOrg"));
            return Optional.empty();
        }
        return Optional.ofNullable(choiceOrNull());
    }

    /** 生成: builds the register for the current choice (again, even if built before) and shows its rows. */
    public void build() {
        choice().ifPresent(c -> build(c, b -> { }));
    }

    /** Calls {@code then} with the register of the current choice, building it first unless it is built. */
    private void withRegister(Consumer<Built> then) {
        choice().ifPresent(c -> {
            Built current = built.get();
            if (current != null && current.choice().equals(c)) {
                then.accept(current);
            } else {
                build(c, then);
            }
        });
    }

    private void build(Choice c, Consumer<Built> then) {
        Organisation org = organisation.get();
        busy.set(true);
        status.set(messages.get("registerDialog.building"));
        tasks.run(() -> {
            RegisterReports session = reports.get();
            return new Built(c, session, session.build(c.type(), org.code(), c.period()));
        }, result -> {
            busy.set(false);
            built.set(Objects.equals(result.choice(), choiceOrNull()) ? result : null);
            status.set(messages.get("registerDialog.built", result.document().title(), result.document().rowCount()));
            then.accept(result);
        }, failure -> {
            busy.set(false);
            status.set("");
            dialogs.showError(failure);
        });
    }

    /** 预览和打印…: the register built (if need be), then handed to {@code preview}. */
    public void preview(Consumer<Printable> preview) {
        withRegister(b -> preview.accept(new RegisterPrintable(b.reports(), b.document(), fileName(b, "pdf"))));
    }

    public void saveXlsx() {
        save("xlsx");
    }

    public void savePdf() {
        save("pdf");
    }

    private void save(String extension) {
        withRegister(b -> dialogs.chooseReportToSave(fileName(b, extension), extension).ifPresent(file -> {
            busy.set(true);
            status.set(messages.get("preview.saving"));
            tasks.run(() -> write(b, extension, file), rows -> {
                busy.set(false);
                status.set(messages.get("registerDialog.saved", rows, file.toAbsolutePath()));
            }, failure -> {
                busy.set(false);
                status.set("");
                dialogs.showError(failure);
            });
        }));
    }

    private static int write(Built b, String extension, Path file) {
        return "pdf".equals(extension) ? b.reports().writePdf(b.document(), file) : b.reports().writeXlsx(b.document(), file);
    }

    /** E.g. 以职务身份注册账号台账-第一党支部-2026-10-01至2026-10-31.xlsx (no characters a file name may not hold). */
    private String fileName(Built b, String extension) {
        RegisterPeriod p = b.document().period();
        String period = p.from() == null && p.to() == null ? messages.get("registerDialog.file.allTime")
                : (p.from() == null ? "" : p.from().toString()) + messages.get("registerDialog.file.until")
                        + (p.to() == null ? reads.today().toString() : p.to().toString());
        String name = b.document().title() + "-" + b.document().organisation().name() + "-" + period;
        return name.replaceAll("[\\\\/:*?\"<>|]", "_") + "." + extension;
    }

    /** The buttons' state: a register the user may read, of an organisation, nothing running (the period is checked on use). */
    public BooleanBinding readyProperty() {
        return Bindings.createBooleanBinding(() -> !busy.get() && type.get() != null && organisation.get() != null
                && mayRead(type.get()), busy, type, organisation);
    }

    public ObjectProperty<RegisterType> typeProperty() { return type; }
    public ObjectProperty<Organisation> organisationProperty() { return organisation; }
    public ObjectProperty<LocalDate> fromProperty() { return from; }
    public ObjectProperty<LocalDate> toProperty() { return to; }
    public ReadOnlyStringProperty periodProblemProperty() { return periodProblem.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Built> builtProperty() { return built.getReadOnlyProperty(); }
}
