package org.conductledger.ui.search;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.conductledger.i18n.Messages;
import org.conductledger.model.SearchHit;
import org.conductledger.model.SearchQuery;
import org.conductledger.model.SearchResult;
import org.conductledger.service.SearchService;
import org.conductledger.ui.common.DialogService;
import org.conductledger.ui.common.LatestOnly;
import org.conductledger.ui.common.TaskRunner;

/**
 * Search as you type: each change of the text asks the service in the background; only the answer to the
 * newest text is shown (an older one arriving late is dropped). Rows are grouped by kind under headers.
 */
public final class SearchViewModel {

    private final SearchService search;
    private final Messages messages;
    private final LatestOnly latest;
    private final ObservableList<SearchRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper();

    public SearchViewModel(SearchService search, TaskRunner tasks, DialogService dialogs, Messages messages) {
        this.search = search;
        this.messages = messages;
        this.latest = new LatestOnly(tasks, dialogs::showError);
        status.set(idleText());
    }

    /** Whether this user's roles let them search anything at all. */
    public boolean searchable() {
        return !search.kinds().isEmpty();
    }

    public ObservableList<SearchRow> rows() {
        return rows;
    }

    /** What the empty list says: what to type, that a search runs, or that nothing matched. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public void search(String text) {
        SearchQuery query = SearchQuery.parse(text);
        if (query.isEmpty() || !searchable()) {
            latest.cancel();
            rows.clear();
            status.set(idleText());
            return;
        }
        rows.clear();
        status.set(messages.get("search.searching"));
        latest.run(() -> search.search(query), result -> show(text.strip(), result));
    }

    private void show(String text, SearchResult result) {
        List<SearchRow> shown = new ArrayList<>();
        for (SearchResult.Group g : result.groups()) {
            shown.add(new SearchRow.Header(g.kind(), g.hits().size(), g.more()));
            g.hits().forEach(h -> shown.add(new SearchRow.Hit(h)));
        }
        rows.setAll(shown);
        status.set(shown.isEmpty() ? messages.get("search.none", text) : "");
    }

    private String idleText() {
        return messages.get(searchable() ? "search.prompt" : "search.noKinds");
    }

    public String header(SearchRow.Header h) {
        return messages.get(h.more() ? "search.group.more" : "search.group", messages.label(h.kind()), h.shown());
    }

    public String title(SearchHit hit) {
        return hit.title() != null ? hit.title() : messages.get("case.detail.title", hit.id());
    }

    public String detail(SearchHit hit) {
        return hit.restricted() ? messages.get("search.restricted") : String.join(" · ", hit.details());
    }

    public String state(SearchHit hit) {
        return hit.state() == null ? "" : messages.label(hit.state());
    }
}
