package org.conductledger.model;

import java.util.List;

/** What one search found: a group per kind searched that found anything, in {@link SearchKind} order. */
public record SearchResult(SearchQuery query, List<Group> groups) {

    public SearchResult {
        groups = List.copyOf(groups);
    }

    /** The hits of one kind (at most the search's limit) and whether there were more. */
    public record Group(SearchKind kind, List<SearchHit> hits, boolean more) {

        public Group {
            hits = List.copyOf(hits);
        }
    }

    public static SearchResult nothing(SearchQuery query) {
        return new SearchResult(query, List.of());
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }

    public List<SearchHit> hits() {
        return groups.stream().flatMap(g -> g.hits().stream()).toList();
    }

    public List<SearchHit> hits(SearchKind kind) {
        return groups.stream().filter(g -> g.kind() == kind).flatMap(g -> g.hits().stream()).toList();
    }
}
