package org.conductledger.ui.search;

import org.conductledger.model.SearchHit;
import org.conductledger.model.SearchKind;

/** A line of the result list: a kind's header (never selected) or one hit under it. */
public sealed interface SearchRow {

    /** The heading of a kind's group: how many are shown, and whether there were more. */
    record Header(SearchKind kind, int shown, boolean more) implements SearchRow {
    }

    record Hit(SearchHit hit) implements SearchRow {
    }
}
