package org.conductledger.ui.member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.conductledger.i18n.Messages;
import org.conductledger.model.CadreRank;
import org.conductledger.model.Gender;
import org.conductledger.model.IdNumber;
import org.conductledger.model.Member;
import org.conductledger.model.MemberCategory;
import org.conductledger.model.MemberField;
import org.conductledger.model.MemberForm;
import org.conductledger.model.MemberHistoryEntry;
import org.conductledger.model.MemberStatus;
import org.conductledger.model.Organisation;
import org.conductledger.model.Problem;
import org.conductledger.model.ValidationException;
import org.conductledger.service.MemberService;
import org.conductledger.ui.common.DialogService;
import org.conductledger.ui.common.FieldProblems;
import org.conductledger.ui.common.OrganisationsModel;
import org.conductledger.ui.common.TaskRunner;

/**
 * The member form. Problems appear as the user types (for the fields already touched), and all of them
 * on a save attempt; the service validates again inside the save transaction, so nothing invalid is saved.
 */
public final class MemberEditViewModel {

    private final MemberService members;
    private final OrganisationsModel organisations;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;

    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<Gender> gender = new SimpleObjectProperty<>();
    private final StringProperty idNumber = new SimpleStringProperty("");
    private final StringProperty ethnicity = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> birthDate = new SimpleObjectProperty<>();
    private final ObjectProperty<MemberCategory> category = new SimpleObjectProperty<>(MemberCategory.FULL);
    private final ObjectProperty<LocalDate> joinedOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> confirmedOn = new SimpleObjectProperty<>();
    private final ObjectProperty<Organisation> organisation = new SimpleObjectProperty<>();
    private final StringProperty workUnitPost = new SimpleStringProperty("");
    private final BooleanProperty cadre = new SimpleBooleanProperty(false);
    private final ObjectProperty<CadreRank> rank = new SimpleObjectProperty<>(CadreRank.NONE);
    private final ObjectProperty<Organisation> managingOrg = new SimpleObjectProperty<>();
    private final StringProperty phone = new SimpleStringProperty("");
    private final Set<MemberField> unreadableDates = EnumSet.noneOf(MemberField.class);
    private final Set<MemberField> touched = EnumSet.noneOf(MemberField.class);
    private final ObservableList<String> history = FXCollections.observableArrayList();
    private final StringProperty statusText = new SimpleStringProperty("");
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);
    private final StringProperty warningsText = new SimpleStringProperty("");
    private LocalDate impliedBirth;
    private Gender impliedGender;
    private final FieldProblems<MemberField> problems;

    private Member editing;
    private boolean saved;
    private boolean showAll;
    private boolean loading;

    public MemberEditViewModel(MemberService members, OrganisationsModel organisations, TaskRunner tasks,
                               DialogService dialogs, Messages messages) {
        this.members = members;
        this.organisations = organisations;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.problems = new FieldProblems<>(MemberField.class, messages);
        watch(MemberField.NAME, name);
        watch(MemberField.GENDER, gender);
        watch(MemberField.ID_NUMBER, idNumber);
        watch(MemberField.ETHNICITY, ethnicity);
        watch(MemberField.BIRTH_DATE, birthDate);
        watch(MemberField.CATEGORY, category);
        watch(MemberField.JOINED_ON, joinedOn);
        watch(MemberField.CONFIRMED_ON, confirmedOn);
        watch(MemberField.WORK_UNIT_POST, workUnitPost);
        watch(MemberField.RANK, rank);
        watch(MemberField.RANK, cadre);
        watch(MemberField.MANAGING_ORG, managingOrg);
        watch(MemberField.PHONE, phone);
        idNumber.addListener((obs, old, id) -> fillFromIdNumber(id));
        cadre.addListener((obs, was, isCadre) -> {
            if (!isCadre) {
                rank.set(CadreRank.NONE);
                managingOrg.set(null);
            }
        });
        category.addListener((obs, old, c) -> {
            if (c == MemberCategory.PROBATIONARY) {
                confirmedOn.set(null);
            }
        });
    }

    private void watch(MemberField field, Observable property) {
        property.addListener(o -> {
            if (!loading) {
                touched.add(field);
                revalidate();
            }
        });
    }

    /**
     * A valid ID number already says the birth date and sex: fill them in when empty, and follow a
     * corrected number when they were filled in from the previous one (never overwrite what was typed).
     */
    private void fillFromIdNumber(String id) {
        String normalised = id == null ? "" : id.strip().toUpperCase(java.util.Locale.ROOT);
        if (loading || !IdNumber.isValid(normalised)) {
            return;
        }
        LocalDate birth = IdNumber.parseBirthDate(normalised).orElseThrow();
        Gender sex = IdNumber.gender(normalised);
        if (birthDate.get() == null || birthDate.get().equals(impliedBirth)) {
            birthDate.set(birth);
        }
        if (gender.get() == null || gender.get() == impliedGender) {
            gender.set(sex);
        }
        impliedBirth = birth;
        impliedGender = sex;
    }

    public void startCreate(Organisation org) {
        editing = null;
        organisation.set(org);
        statusText.set(messages.label(MemberStatus.NORMAL));
        loaded.set(true);
    }

    public void startEdit(long memberId) {
        tasks.run(() -> new Loaded(members.get(memberId), members.history(memberId)), data -> {
            loading = true;
            try {
                show(data.member());
            } finally {
                loading = false;
            }
            List<String> lines = new ArrayList<>(data.history().stream().map(this::describe).toList());
            java.util.Collections.reverse(lines);   // newest first
            history.setAll(lines);
            loaded.set(true);
        }, dialogs::showError);
    }

    private record Loaded(Member member, List<MemberHistoryEntry> history) {
    }

    private void show(Member m) {
        editing = m;
        name.set(m.name());
        gender.set(m.gender());
        idNumber.set(m.idNumber());
        ethnicity.set(m.ethnicity() == null ? "" : m.ethnicity());
        birthDate.set(m.birthDate());
        category.set(m.category());
        joinedOn.set(m.joinedOn());
        confirmedOn.set(m.confirmedOn());
        organisation.set(organisations.byId(m.orgId()).orElse(null));
        workUnitPost.set(m.workUnitPost() == null ? "" : m.workUnitPost());
        cadre.set(m.cadre());
        rank.set(m.rank());
        managingOrg.set(m.managingOrgId() == null ? null : organisations.byId(m.managingOrgId()).orElse(null));
        phone.set(m.phone() == null ? "" : m.phone());
        statusText.set(messages.label(m.status()));
    }

    private String describe(MemberHistoryEntry entry) {
        if (entry.kind() == MemberHistoryEntry.Kind.TRANSFER) {
            return messages.get("member.history.transfer", entry.date(), entry.from(), entry.to(), reason(entry));
        }
        return messages.get("member.history.status", entry.date(), messages.label(MemberStatus.valueOf(entry.from())),
                messages.label(MemberStatus.valueOf(entry.to())), reason(entry));
    }

    private String reason(MemberHistoryEntry entry) {
        return entry.reason() == null ? "" : messages.get("member.history.reason", entry.reason());
    }

    /** Marks a date input whose typed text is not a date (the picker then holds no value). */
    public void setDateUnreadable(MemberField field, boolean unreadable) {
        if (unreadable) {
            unreadableDates.add(field);
        } else {
            unreadableDates.remove(field);
        }
        touched.add(field);
        revalidate();
    }

    MemberForm form() {
        Organisation org = organisation.get();
        Organisation managing = managingOrg.get();
        return new MemberForm(name.get(), gender.get(), idNumber.get(), ethnicity.get(), birthDate.get(),
                category.get(), joinedOn.get(), confirmedOn.get(), org == null ? null : org.id(), workUnitPost.get(),
                cadre.get(), rank.get(), managing == null ? null : managing.id(), phone.get());
    }

    private List<Problem> currentProblems() {
        List<Problem> all = new ArrayList<>();
        for (MemberField field : unreadableDates) {
            all.add(Problem.of(field, "validation.date.format"));
        }
        all.addAll(members.check(form()));
        return all;
    }

    private void revalidate() {
        problems.setAll(currentProblems(), field -> showAll || touched.contains(field));
        List<Problem> warnings = members.warnings(form());
        warningsText.set(warnings.isEmpty() ? "" : messages.get("member.edit.warningsTitle") + " "
                + String.join("；", warnings.stream().map(w -> messages.get(w.messageKey(), w.args().toArray())).toList()));
    }

    /** True when the user has changed anything since the form opened. */
    public boolean isDirty() {
        return !touched.isEmpty();
    }

    /** Asks before throwing away unsaved input; true when the form may close. */
    public boolean mayClose() {
        return !isDirty() || saved || dialogs.confirm(messages.get("member.edit.discard"));
    }

    /** Saves in the background; on success {@code onSaved} runs, on failure every problem is shown. */
    public void save(Runnable onSaved) {
        showAll = true;
        List<Problem> found = currentProblems();
        problems.setAll(found);
        if (!found.isEmpty()) {
            return;
        }
        Member target = editing;
        submit(form(), target == null ? null : target.version(), onSaved);
    }

    private void submit(MemberForm form, Integer version, Runnable onSaved) {
        Member target = editing;
        saving.set(true);
        tasks.run(() -> target == null ? members.create(form) : members.update(target.id(), version, form),
                result -> {
                    saving.set(false);
                    saved = true;
                    onSaved.run();
                },
                failure -> {
                    saving.set(false);
                    if (failure instanceof ValidationException invalid) {
                        problems.setAll(invalid.problems());
                    } else if (!new org.conductledger.ui.common.Conflicts(dialogs, messages).handle(failure,
                            newer -> submit(form, newer, onSaved), this::reload)) {
                        dialogs.showError(failure);
                    }
                });
    }

    /** After "已被他人修改" → 重新载入: the member as now saved, this user's input dropped. */
    private void reload() {
        tasks.run(() -> members.get(editing.id()), fresh -> {
            loading = true;
            try {
                show(fresh);
            } finally {
                loading = false;
            }
            touched.clear();
            problems.setAll(List.of());
        }, dialogs::showError);
    }

    public boolean isEditing() { return editing != null; }
    public StringProperty nameProperty() { return name; }
    public ObjectProperty<Gender> genderProperty() { return gender; }
    public StringProperty idNumberProperty() { return idNumber; }
    public StringProperty ethnicityProperty() { return ethnicity; }
    public ObjectProperty<LocalDate> birthDateProperty() { return birthDate; }
    public ObjectProperty<MemberCategory> categoryProperty() { return category; }
    public ObjectProperty<LocalDate> joinedOnProperty() { return joinedOn; }
    public ObjectProperty<LocalDate> confirmedOnProperty() { return confirmedOn; }
    public ObjectProperty<Organisation> organisationProperty() { return organisation; }
    public StringProperty workUnitPostProperty() { return workUnitPost; }
    public BooleanProperty cadreProperty() { return cadre; }
    public ObjectProperty<CadreRank> rankProperty() { return rank; }
    public ObjectProperty<Organisation> managingOrgProperty() { return managingOrg; }
    public StringProperty phoneProperty() { return phone; }
    public ObservableList<String> history() { return history; }
    public StringProperty statusTextProperty() { return statusText; }
    public BooleanProperty savingProperty() { return saving; }
    public BooleanProperty loadedProperty() { return loaded; }
    public StringProperty warningsTextProperty() { return warningsText; }
    public FieldProblems<MemberField> problems() { return problems; }
    public OrganisationsModel organisations() { return organisations; }
}
