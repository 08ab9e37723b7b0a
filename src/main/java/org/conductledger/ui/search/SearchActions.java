package org.conductledger.ui.search;

import javafx.stage.Window;
import org.conductledger.i18n.Messages;
import org.conductledger.service.SearchService;
import org.conductledger.ui.common.DialogWindows;
import org.conductledger.ui.common.FxmlView;

/** Opens the global search (文件 → 全局搜索…, Ctrl+K) over the main window. */
public final class SearchActions {

    private final DialogWindows windows;
    private final Messages messages;
    private final SearchService search;

    public SearchActions(DialogWindows windows, Messages messages, SearchService search) {
        this.windows = windows;
        this.messages = messages;
        this.search = search;
    }

    /** Whether the user's roles let them search anything (the menu item is disabled otherwise). */
    public boolean available() {
        return !search.kinds().isEmpty();
    }

    public void open(Window owner) {
        windows.<SearchController>open(FxmlView.SEARCH, messages.get("search.title"), owner, c -> c.start(owner));
    }
}
