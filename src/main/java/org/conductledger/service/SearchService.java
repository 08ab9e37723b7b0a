package org.conductledger.service;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.conductledger.model.CaseFile;
import org.conductledger.model.SearchHit;
import org.conductledger.model.SearchKind;
import org.conductledger.model.SearchQuery;
import org.conductledger.model.SearchResult;
import org.conductledger.model.Session;
import org.conductledger.store.SearchRepository;

/**
 * The global search (Ctrl+K): members, accounts, groups, filings and cases in the user's subtree. Only the
 * kinds the user's roles may read are searched — the others are not asked for, so nothing is refused (and
 * audited) on the way. A case about the user shows only that it exists.
 */
public final class SearchService {

    /** Hits shown per kind; more than this and the group says so. */
    public static final int LIMIT = 20;

    private final Session session;
    private final SearchRepository search;

    public SearchService(Session session, SearchRepository search) {
        this.session = session;
        this.search = search;
    }

    /** The kinds this user's roles let them search, in display order (empty: nothing, e.g. 系统管理员, 审计). */
    public List<SearchKind> kinds() {
        return java.util.Arrays.stream(SearchKind.values()).filter(k -> session.has(k.needs())).toList();
    }

    public SearchResult search(String text) {
        return search(SearchQuery.parse(text));
    }

    public SearchResult search(SearchQuery query) {
        if (query.isEmpty()) {
            return SearchResult.nothing(query);
        }
        List<SearchResult.Group> groups = new ArrayList<>();
        for (SearchKind kind : kinds()) {
            if (!query.searches(kind)) {
                continue;
            }
            List<SearchHit> hits = switch (kind) {
                case MEMBER -> search.members(query, LIMIT);
                case ACCOUNT, GROUP, FILING -> search.registers(kind, query, LIMIT);
                case CASE -> search.cases(query).stream().map(this::shown).toList();
            };
            if (!hits.isEmpty()) {
                groups.add(new SearchResult.Group(kind, hits.subList(0, Math.min(LIMIT, hits.size())), hits.size() > LIMIT));
            }
        }
        return new SearchResult(query, groups);
    }

    /** As {@link CaseService} shows cases: a subject of the case learns only that it exists. */
    private SearchHit shown(SearchHit.CaseMatch c) {
        boolean subject = session.memberId() != null
                && c.subjects().stream().anyMatch(s -> Objects.equals(s.memberId(), session.memberId()));
        if (subject) {
            return new SearchHit(SearchKind.CASE, c.id(), null, List.of(), null, c.orgName(), true);
        }
        List<String> details = new ArrayList<>();
        details.add(c.receivedOn().format(DateTimeFormatter.ISO_LOCAL_DATE));
        if (!c.subjects().isEmpty()) {
            details.add(String.join("、", c.subjects().stream().map(CaseFile.Subject::name).toList()));
        }
        return new SearchHit(SearchKind.CASE, c.id(), null, details, c.stage(), c.orgName(), false);
    }
}
