package org.conductledger.ui.register;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.conductledger.i18n.Messages;
import org.conductledger.model.GroupCategory;
import org.conductledger.model.MemberSummary;
import org.conductledger.model.Operator;
import org.conductledger.model.Platform;
import org.conductledger.model.RegisterField;
import org.conductledger.model.RegisterForm;
import org.conductledger.model.RegisterRecord;
import org.conductledger.model.ValidationException;
import org.conductledger.service.MemberService;
import org.conductledger.service.RegisterService;
import org.conductledger.ui.common.DialogService;
import org.conductledger.ui.common.FieldProblems;
import org.conductledger.ui.common.TaskRunner;

/**
 * Recording or changing a register record. Problems are shown per field before saving; the service checks
 * again inside the save transaction, so nothing invalid or half-done is saved.
 */
public final class RegisterEditViewModel {

    /** What the form chooses from: the organisation's current members, platforms, group categories. */
    public record Choices(List<MemberSummary> members, List<Platform> platforms, List<GroupCategory> categories) {
    }

    /** An existing record with its history lines (status changes, versions, size counts). */
    public record Details(RegisterRecord record, List<String> history) {
    }

    private final RegisterService registers;
    private final MemberService members;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final FieldProblems<RegisterField> problems;
    private final org.conductledger.ui.common.Conflicts conflicts;
    private final BooleanProperty saving = new SimpleBooleanProperty(false);

    public RegisterEditViewModel(RegisterService registers, MemberService members, TaskRunner tasks, DialogService dialogs,
                                 Messages messages) {
        this.registers = registers;
        this.members = members;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.conflicts = new org.conductledger.ui.common.Conflicts(dialogs, messages);
        this.messages = messages;
        this.problems = new FieldProblems<>(RegisterField.class, messages);
    }

    public void loadChoices(long orgId, java.util.function.Consumer<Choices> onLoaded) {
        tasks.run(() -> new Choices(members.roster(orgId, true, false), registers.platforms(), registers.groupCategories()),
                onLoaded, dialogs::showError);
    }

    public void loadDetails(long id, java.util.function.Consumer<Details> onLoaded) {
        tasks.run(() -> {
            RegisterRecord record = registers.get(id);
            List<String> lines = new ArrayList<>();
            for (var change : registers.statusHistory(id)) {
                lines.add(messages.get("register.history.status", change.changedOn(), messages.label(change.to()),
                        change.userName() == null ? "" : change.userName(),
                        change.reason() == null ? "" : messages.get("member.history.reason", change.reason())));
            }
            if (record.filingNo() != null) {
                for (RegisterRecord v : registers.versions(id)) {
                    lines.add(messages.get("register.history.version", v.versionNo(), v.reportedOn(), v.form().name(),
                            messages.label(v.status())));
                }
            }
            for (var count : record.kind() == org.conductledger.model.RegisterKind.GROUP ? registers.sizeHistory(id)
                    : List.<java.util.Map.Entry<java.time.LocalDate, Integer>>of()) {
                lines.add(messages.get("register.history.size", count.getKey(), count.getValue()));
            }
            return new Details(record, lines);
        }, onLoaded, dialogs::showError);
    }

    /** Shows the problems the form has now; true when there are none. */
    public boolean check(RegisterForm form) {
        var found = registers.check(form);
        problems.setAll(found);
        return found.isEmpty();
    }

    /** Saves; on "已被他人修改" the user compares the versions and re-applies or {@code reload}s. */
    public void save(RegisterRecord existing, RegisterForm form, String reason, Runnable onSaved, Runnable reload) {
        if (!check(form)) {
            return;
        }
        submit(existing, existing == null ? 0 : existing.version(), form, reason, onSaved, reload);
    }

    private void submit(RegisterRecord existing, int version, RegisterForm form, String reason, Runnable onSaved, Runnable reload) {
        saving.set(true);
        tasks.run(() -> existing == null ? registers.create(form) : registers.update(existing.id(), version, form, reason),
                saved -> {
                    saving.set(false);
                    onSaved.run();
                }, failure -> {
                    saving.set(false);
                    if (failure instanceof ValidationException invalid) {
                        problems.setAll(invalid.problems());
                    } else if (conflicts.handle(failure, newer -> submit(existing, newer, form, reason, onSaved, reload), reload)) {
                        problems.clear();
                    } else if (failure instanceof org.conductledger.model.LedgerException known) {
                        problems.setAll(List.of(org.conductledger.model.Problem.of(null, known.messageKey(), known.args().toArray())));
                    } else {
                        dialogs.showError(failure);
                    }
                });
    }

    /** Operators typed one per line as "姓名，职务" (or "姓名 职务"). */
    public static List<Operator> parseOperators(String text) {
        List<Operator> operators = new ArrayList<>();
        if (text == null) {
            return operators;
        }
        for (String line : text.split("\\R")) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            String[] parts = l.split("[，,、\\s]+", 2);
            operators.add(new Operator(parts[0], parts.length > 1 ? parts[1].strip() : null));
        }
        return operators;
    }

    public static String formatOperators(List<Operator> operators) {
        return String.join("\n", operators.stream().map(o -> o.post() == null ? o.name() : o.name() + "，" + o.post()).toList());
    }

    public FieldProblems<RegisterField> problems() { return problems; }
    public BooleanProperty savingProperty() { return saving; }
}
