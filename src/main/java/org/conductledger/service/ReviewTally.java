package org.conductledger.service;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conductledger.model.ReviewCounts;

/** One organisation's figures while the review is counted: named figures and keyed ones (prefix "outcome", then the type code). */
final class ReviewTally {

    private final Map<String, Long> figures = new HashMap<>();

    void add(String figure, long count) {
        figures.merge(figure, count, Long::sum);
    }

    void addAll(ReviewTally other) {
        other.figures.forEach(this::add);
    }

    long get(String figure) {
        return figures.getOrDefault(figure, 0L);
    }

    private Map<String, Long> keyed(String prefix, List<String> keys) {
        Map<String, Long> map = new LinkedHashMap<>();
        for (String key : keys) {
            map.put(key, get(prefix + "." + key));
        }
        return map;
    }

    /** The figures with every key of each keyed figure present, in the given orders. */
    ReviewCounts counts(ReviewKeys keys) {
        return new ReviewCounts(get("members"), get("cadres"), get("membersWithRecords"),
                get("new.ACCOUNT"), get("active.ACCOUNT"), get("closed.ACCOUNT"),
                get("new.GROUP"), get("active.GROUP"), get("closed.GROUP"),
                get("new.FILING"), get("active.FILING"), get("closed.FILING"),
                get("lateReports"), get("confirmed"), get("missing"), get("roundsOpen"),
                get("reportsReceived"), keyed("source", keys.sources()), keyed("category", keys.categories()),
                keyed("disposal", keys.disposals()), get("casesOpened"), get("casesClosed"), get("casesOverdue"),
                keyed("outcome", keys.outcomeTypes()), get("appeals"), keyed("appeal", keys.appealResults()),
                get("accountability"), get("commendations"), get("clarifications"));
    }

    /** The keys of the keyed figures, in print order. */
    record ReviewKeys(List<String> sources, List<String> categories, List<String> disposals, List<String> outcomeTypes,
                      List<String> appealResults) {
    }
}
