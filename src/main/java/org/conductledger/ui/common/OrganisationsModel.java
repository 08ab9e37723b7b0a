package org.conductledger.ui.common;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.conductledger.model.Organisation;
import org.conductledger.service.OrganisationService;

/**
 * The organisation tree as the screens share it: every organisation, and the one selected in the tree
 * (which the roster shows). Reloaded in the background after every change.
 */
public final class OrganisationsModel {

    private final OrganisationService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ObservableList<Organisation> all = FXCollections.observableArrayList();
    private final ObjectProperty<Organisation> selected = new SimpleObjectProperty<>();

    private final boolean readable;

    /** {@code readable}: whether the user's roles may read the tree at all (an auditor's may not). */
    public OrganisationsModel(OrganisationService service, TaskRunner tasks, DialogService dialogs, boolean readable) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.readable = readable;
    }

    public ObservableList<Organisation> all() {
        return all;
    }

    public ObjectProperty<Organisation> selectedProperty() {
        return selected;
    }

    /** Reloads the list; the selection follows the organisation with {@code selectId} (or stays). */
    public void reload(Long selectId) {
        if (!readable) {
            return;
        }
        tasks.run(service::all, list -> {
            all.setAll(list);
            Long wanted = selectId != null ? selectId : Optional.ofNullable(selected.get()).map(Organisation::id).orElse(null);
            Organisation next = wanted == null ? null : byId(wanted).orElse(null);
            if (next == null && !list.isEmpty()) {
                next = list.get(0);
            }
            selected.set(next);
        }, dialogs::showError);
    }

    public Optional<Organisation> byId(long id) {
        return all.stream().filter(o -> o.id() == id).findFirst();
    }

    /** "市委组织部 / 机关党委 / 第一党支部": the names from the root down. */
    public String pathName(Organisation org) {
        Map<Long, Organisation> byId = all.stream().collect(Collectors.toMap(Organisation::id, Function.identity()));
        return java.util.Arrays.stream(org.path().split("/"))
                .filter(s -> !s.isEmpty())
                .map(s -> byId.get(Long.valueOf(s)))
                .filter(java.util.Objects::nonNull)   // ancestors above the user's scope are not shown
                .map(Organisation::name)
                .collect(Collectors.joining(" / "));
    }

    /** Active organisations, as choices for a member's organisation or a transfer target. */
    public List<Organisation> activeChoices() {
        return all.stream().filter(Organisation::active).toList();
    }
}
