package org.conductledger.ui.member;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.conductledger.i18n.Messages;
import org.conductledger.model.MemberFilter;
import org.conductledger.model.MemberSummary;
import org.conductledger.model.Organisation;
import org.conductledger.service.MemberService;
import org.conductledger.ui.common.DialogService;
import org.conductledger.ui.common.OrganisationsModel;
import org.conductledger.ui.common.TaskRunner;

/**
 * The roster of the organisation selected in the tree: loaded in the background, filtered in memory as
 * the user types (100,000 rows filter in milliseconds; the table is virtualised).
 */
public final class MemberRosterViewModel {

    private final MemberService members;
    private final OrganisationsModel organisations;
    private final Messages messages;

    private final ObservableList<MemberSummary> rows = FXCollections.observableArrayList();
    private final FilteredList<MemberSummary> filtered = new FilteredList<>(rows, m -> true);
    private final StringProperty filterText = new SimpleStringProperty("");
    private final BooleanProperty includeSubtree = new SimpleBooleanProperty(true);
    private final BooleanProperty includeFormer = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper placeholderText = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyBooleanWrapper canAddMember = new javafx.beans.property.ReadOnlyBooleanWrapper(false);
    private final org.conductledger.ui.common.LatestOnly loads;
    private final org.conductledger.ui.common.ShownGate gate = new org.conductledger.ui.common.ShownGate(this::reload, true);

    private final boolean readable;

    private final org.conductledger.service.OutcomeService outcomes;
    private final javafx.collections.ObservableMap<Long, java.time.LocalDate> impact = FXCollections.observableHashMap();

    /** Counts the times the badges were read: the table redraws its cells when it changes. */
    private final javafx.beans.property.IntegerProperty impactVersion = new javafx.beans.property.SimpleIntegerProperty();
    private final org.conductledger.ui.common.LatestOnly impactLoads;

    public MemberRosterViewModel(MemberService members, org.conductledger.service.OutcomeService outcomes,
                                 OrganisationsModel organisations, TaskRunner tasks,
                                 DialogService dialogs, Messages messages, boolean readable) {
        this.outcomes = outcomes;
        this.readable = readable;
        this.members = members;
        this.organisations = organisations;
        this.messages = messages;
        this.loads = new org.conductledger.ui.common.LatestOnly(tasks, dialogs::showError);
        this.impactLoads = new org.conductledger.ui.common.LatestOnly(tasks, dialogs::showError);
        filterText.addListener((obs, o, text) -> applyFilter());
        filtered.addListener((javafx.collections.ListChangeListener<MemberSummary>) c -> updateCount());
        organisations.selectedProperty().addListener((obs, o, org) -> {
            canAddMember.set(readable && org != null && org.active());
            reload();
        });
        includeSubtree.addListener((obs, o, n) -> reload());
        includeFormer.addListener((obs, o, n) -> reload());
    }

    /** Reloads the roster of the selected organisation; a stale answer from an older request is ignored. */
    public void reload() {
        Organisation org = organisations.selectedProperty().get();
        if (org == null || !readable) {
            loads.cancel();
            impactLoads.cancel();
            rows.clear();
            updateCount();
            return;
        }
        if (!gate.mayLoad()) {
            return;
        }
        boolean subtree = includeSubtree.get();
        boolean former = includeFormer.get();
        // The rows first, then the 影响期 badges: at 100,000 members each read takes a second or more, and the
        // roster is usable without the badges.
        loads.run(() -> members.roster(org.id(), subtree, former), loaded -> {
            rows.setAll(loaded);
            updateCount();
            impactLoads.run(() -> outcomes.runningImpact(org.id()), running -> {
                impact.clear();
                impact.putAll(running);
                impactVersion.set(impactVersion.get() + 1);
            });
        });
    }

    private void applyFilter() {
        filtered.setPredicate(MemberFilter.of(filterText.get()));
    }

    private void updateCount() {
        countText.set(messages.get("member.roster.count", rows.size(), filtered.size()));
        String key;
        if (!readable) {
            key = "member.roster.notPermitted";
        } else if (organisations.selectedProperty().get() == null) {
            key = "member.roster.noOrganisation";
        } else if (rows.isEmpty()) {
            key = "member.roster.noMembers";
        } else {
            key = "member.roster.noMatch";
        }
        placeholderText.set(messages.get(key));
    }

    public Organisation selectedOrganisation() {
        return organisations.selectedProperty().get();
    }

    public FilteredList<MemberSummary> filteredRows() { return filtered; }
    /** Bound to the roster tab being selected: hidden, the roster does not load (see ShownGate). */
    public BooleanProperty shownProperty() { return gate.shownProperty(); }
    /** Members with a running impact period (影响期) and when it ends: the roster's badge. */
    public java.util.Optional<java.time.LocalDate> impactEnds(long memberId) { return java.util.Optional.ofNullable(impact.get(memberId)); }
    public StringProperty filterTextProperty() { return filterText; }
    public javafx.beans.property.ReadOnlyIntegerProperty impactVersionProperty() { return impactVersion; }
    public BooleanProperty includeSubtreeProperty() { return includeSubtree; }
    public BooleanProperty includeFormerProperty() { return includeFormer; }
    public ReadOnlyStringProperty countTextProperty() { return countText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty placeholderTextProperty() { return placeholderText.getReadOnlyProperty(); }
    public javafx.beans.property.ReadOnlyBooleanProperty canAddMemberProperty() { return canAddMember.getReadOnlyProperty(); }
}
